/**
 * One box, rendered where no script runs or before it does: the function
 * behind `helpline-box render` and `import { renderBox } from
 * 'helpline-box/render'`. The lines, their order and their words come from
 * buildBox with the element's own strings, so a static copy says what the
 * element says.
 *
 * Strict where the element is forgiving. The element falls back quietly (an
 * unknown topic is ignored, an unknown region becomes the directory's
 * default) because a reader is looking at it; a render is made once, by an
 * editor or a build, and copied everywhere. So anything the element would
 * have warned about is an error here, and no box is made, unless the caller
 * asks for `fallback`: then the box is the emergency line alone, and the
 * problems still come back to be reported.
 */
import { buildBox, type BoxModel, type LineModel } from '../box/model.js';
import { readOptions, type RawOptions } from '../box/options.js';
import { boxToAmp, boxToHtml, boxToText } from '../box/static.js';
import { bundledDirectory } from '../directory/bundled.js';
import type { Directory, Line } from '../directory/schema.js';
import { directoryFor } from '../directory/select.js';
import { formatProblem, parseDirectory } from '../directory/validate.js';
import { lineStatus, statusContact } from '../hours/open-now.js';
import { LANGUAGES } from '../i18n/languages.js';
import { loadLanguage, wordsFor } from '../i18n/localize.js';
import { canonicalTag, resolveLanguage } from '../i18n/resolve.js';
import { styles } from '../components/helpline-box/helpline-box.styles.js';
import { boxToAppleNews } from './apple-news.js';
import { boxToPrerender, type HostAttributes } from './prerender.js';

export const FORMATS = ['html', 'text', 'prerender', 'amp', 'apple-news'] as const;
export type Format = (typeof FORMATS)[number];

/** What to render: the element's attributes, and how. */
export interface RenderRequest {
  /** Space-separated topic ids (`child-sexual-abuse`); this or `lines` is required. */
  topic?: string | undefined;
  /** ISO 3166 region the directory knows (`GB-ENG`); required. */
  region: string;
  /** BCP 47 tag of a language the box is written in; English by default. */
  lang?: string | undefined;
  /** Space-separated line ids an editor picked, instead of the topic's lines. */
  lines?: string | undefined;
  audience?: string | undefined;
  heading?: string | undefined;
  headingLevel?: number | string | undefined;
  variant?: string | undefined;
  /** A quick exit: a button in a prerendered box, a plain link in the static formats (see the element's `quick-exit`). */
  quickExit?: boolean | undefined;
  /** Where the quick exit goes (https: or http:); BBC Weather when unset. */
  exitUrl?: string | undefined;
  /** The publisher's corrections page or address (https: or mailto:), as "Number wrong? Tell us". */
  reportUrl?: string | undefined;
  /**
   * An instant (an ISO 8601 string with a zone, epoch ms or a Date): the box
   * then shows each line's open-now status and notices at that instant,
   * marked "as of" it, and puts open lines first as the element would. Without
   * it a static box has no status and keeps the directory's order. A
   * prerendered box takes the order and notices of the instant, and status
   * words true at any hour, which the live status replaces.
   */
  at?: string | number | Date | undefined;
  /** `html` (default), `text`, `prerender`, `amp` or `apple-news` (a JSON array of Apple News Format components). */
  format?: Format | undefined;
  /** A publisher's directory (parsed JSON), checked as the element checks one; any problem is an error. */
  directory?: unknown;
  /** For `prerender` with `directory`: the URL the page's box loads it from, so the live box shows the same lines. */
  src?: string | undefined;
  /**
   * For `prerender`: the URL of dist/helpline-box.css as the page serves it,
   * written as a `<link rel="stylesheet">` (a page with `style-src 'self'`
   * needs this); without it the styles are an inline `<style>`.
   */
  stylesheet?: string | undefined;
  /** On a problem, render the emergency line alone (and report the problems) instead of failing. */
  fallback?: boolean | undefined;
}

export interface RenderResult {
  /** The box in the asked format. */
  output: string;
  /** What was wrong with the request; empty unless `fallback` was used. */
  problems: string[];
  /** What an editor should know about a box rendered as asked (a topic with no line but the emergency line). */
  notes: string[];
  /** True when the box is the emergency line alone because of `problems`. */
  fellBack: boolean;
  /** What the box shows, for callers who render it their own way. */
  model: BoxModel;
}

/** A request that cannot be rendered as asked: `problems` says why, one plain sentence each. */
export class RenderError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`the box cannot be rendered as asked: ${problems.join('; ')}`);
    this.name = 'RenderError';
    this.problems = problems;
  }
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Epoch ms, or a problem. An ISO string must carry its zone: a static box is read in every zone. */
function readInstant(at: RenderRequest['at'], problems: string[]): number | undefined {
  if (at === undefined || at === null || at === '') return undefined;
  const ms = at instanceof Date ? at.getTime() : typeof at === 'number' ? at : ISO_INSTANT.test(at) ? Date.parse(at) : Number.NaN;
  if (Number.isFinite(ms)) return ms;
  problems.push(`--at "${String(at)}" is not an ISO 8601 instant with a zone, like 2026-11-30T10:00:00Z`);
  return undefined;
}

/** The checked directory, or null (and problems) when it has any problem at all. */
function readDirectory(input: unknown, problems: string[]): Directory | null {
  if (input === undefined || input === null) return null;
  const { directory, problems: found } = parseDirectory(input);
  for (const problem of found) problems.push(`the directory: ${formatProblem(problem)}`);
  return found.length === 0 ? directory : null;
}

/**
 * The language to write in and the tag to format times with; English with a
 * problem when the box has no such language. Without one, the region's English
 * (en-GB: 22:00; en-US: 10:00 PM), as the element on a page of that region would be.
 */
async function readLanguage(asked: string | undefined, region: string, problems: string[]): Promise<{ lang: string; formatLang: string }> {
  const country = /^[A-Za-z]{2}\b/.exec(region)?.[0].toUpperCase();
  const requested = (asked ?? '').trim() || (country ? `en-${country}` : 'en');
  const { chain, notice } = resolveLanguage(requested, LANGUAGES);
  if (notice) {
    problems.push(`language "${requested}" is not one the box is written in (${LANGUAGES.join(', ')})`);
    return { lang: 'en', formatLang: 'en' };
  }
  const lang = chain[0] ?? 'en';
  if (!(await loadLanguage(lang))) {
    problems.push(`the "${lang}" language file could not be loaded`);
    return { lang: 'en', formatLang: 'en' };
  }
  const tag = canonicalTag(requested);
  return { lang, formatLang: tag.toLowerCase().startsWith(`${lang.toLowerCase()}-`) ? tag : lang };
}

/**
 * For a prerender: each line that the live box gives a status gets one, in
 * words true at any hour ("Open 24 hours", "Check hours on the website"), so
 * that the live status takes the place of a row already there instead of
 * pushing the lines below it down, and so that a page served from a cache,
 * or whose script never runs, never shows a stale "Open now". Not marked "as
 * of" an instant, then: the mark would make the row longer than the live one
 * that replaces it (two lines at 390 px, a shift of 112 px in the seed box).
 */
function withTimelessStatus(model: BoxModel, directory: Directory, t: (key: 'status.always' | 'status.unknown') => string): BoxModel {
  const byId = new Map<string, Line>(directory.lines.map((line) => [line.id, line]));
  const lines = model.lines.map((line): LineModel => {
    const source = byId.get(line.id);
    if (!source || !statusContact(source)) return line;
    // An hour chosen only to read whether the line is open round the clock: the words say nothing about now.
    const always = lineStatus(source, 0)?.state.status === 'always';
    return { ...line, status: always ? { state: 'always', text: t('status.always') } : { state: 'unknown', text: t('status.unknown') } };
  });
  return { ...model, lines };
}

/** The request as the element's attributes, for a prerendered box to become the same live box. */
function hostAttributes(request: RenderRequest, fellBack: boolean): HostAttributes {
  const level = request.headingLevel === undefined ? undefined : String(request.headingLevel);
  if (fellBack) return { region: request.region, 'heading-level': level };
  return {
    // Only when asked: a `lang` on the element would stop it following the page's (en-GB formats 22:00, en 10:00 PM).
    lang: request.lang,
    topic: request.topic,
    region: request.region,
    lines: request.lines,
    audience: request.audience,
    heading: request.heading,
    'heading-level': level,
    variant: request.variant,
    src: request.src,
    'quick-exit': request.quickExit ? '' : undefined,
    'exit-url': request.quickExit ? request.exitUrl : undefined,
    'report-url': request.reportUrl,
  };
}

/**
 * Renders one box. Rejects with a RenderError naming every problem with the
 * request (an unknown topic, region, line, audience or language, a directory
 * with any problem, an unreadable instant), unless `fallback` is set.
 */
export async function renderBox(request: RenderRequest): Promise<RenderResult> {
  const problems: string[] = [];
  const format = request.format ?? 'html';
  if (!(FORMATS as readonly string[]).includes(format)) problems.push(`format "${String(format)}" is not one of ${FORMATS.join(', ')}`);
  const region = typeof request.region === 'string' ? request.region.trim() : '';
  if (!region) problems.push('a region is required (an ISO 3166 code the directory knows, like GB-ENG)');
  if (!request.topic?.trim() && !request.lines?.trim()) problems.push('a topic or a list of lines is required');
  const now = readInstant(request.at, problems);
  const custom = readDirectory(request.directory, problems);
  if (format === 'prerender' && request.directory !== undefined && !request.src) {
    problems.push('a prerendered box with a directory of its own needs src, the URL the page serves that directory at, or the live box would show the bundled lines');
  }
  const { lang, formatLang } = await readLanguage(request.lang, region, problems);

  const raw: RawOptions = {
    topic: request.topic,
    lines: request.lines,
    region,
    audience: request.audience,
    variant: request.variant,
    headingLevel: request.headingLevel,
    heading: request.heading,
    quickExit: request.quickExit === true,
    exitUrl: request.exitUrl,
    reportUrl: request.reportUrl,
  };
  const { options, warnings } = readOptions(raw);
  problems.push(...warnings.map((warning) => warning.replace(/; using "[^"]*"$/, '')));
  const words = wordsFor(lang, formatLang);
  const input = { bundled: bundledDirectory, custom, options, words, readerZone: 'UTC', ...(now === undefined ? {} : { now }) };
  let model = buildBox(input);
  // The element's warnings say what it showed instead ("; showing lines for GB instead"); a render shows nothing instead.
  problems.push(...model.warnings.map((warning) => warning.replace(/; (showing|it was|they were|using) [^;]*$/, '')));

  const fellBack = problems.length > 0;
  if (fellBack) {
    if (!request.fallback) throw new RenderError(problems);
    // The emergency line alone, for the region if the directory knows it (else its default), in the
    // language if it loaded: what the element shows when it is given nothing else.
    const emergencyOnly = { ...options, topics: [], lines: [], audience: '', heading: '', variant: options.variant };
    model = buildBox({ ...input, custom: null, options: emergencyOnly });
  }

  const directory = fellBack ? bundledDirectory : directoryFor(custom, bundledDirectory, options.region);
  const notes: string[] = [];
  // Not an error (the element shows the same), but an editor expecting support lines should hear of it.
  if (!fellBack && options.lines.length === 0 && model.lines.every((line) => line.urgency === 'emergency')) {
    notes.push(`the directory has no line for ${options.topics.map((topic) => `"${topic}"`).join(', ')} in region "${model.region}" but the emergency line; the box shows the emergency line alone`);
  }
  const write = (): string => {
    switch (format) {
      case 'text':
        return boxToText(model, { asOf: now });
      case 'amp':
        return boxToAmp(model, { asOf: now });
      case 'apple-news':
        return `${JSON.stringify(boxToAppleNews(model, { asOf: now }), null, 2)}\n`;
      case 'prerender':
        return boxToPrerender(withTimelessStatus(model, directory, words.t), {
          attributes: hostAttributes(request, fellBack),
          style: request.stylesheet ? { href: request.stylesheet } : { css: styles.cssText.trim() },
        });
      default:
        return boxToHtml(model, { asOf: now });
    }
  };
  const output = write();
  return { output, problems: fellBack ? problems : [], notes, fellBack, model };
}
