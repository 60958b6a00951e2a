/**
 * The snippet an editor pastes into the CMS: the script tag, and the element
 * with exactly the chosen attributes, holding the same lines as plain HTML for
 * readers without the script. The fallback is the box's own static render
 * (box/static.ts) of the box's own model, in the box's language: never words
 * of our own.
 */
import { buildBox } from '../../src/box/model.js';
import { readOptions } from '../../src/box/options.js';
import { boxToHtml, escapeHtml } from '../../src/box/static.js';
import type { Directory } from '../../src/directory/schema.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { loadLanguage, wordsFor } from '../../src/i18n/localize.js';
import { resolveLanguage } from '../../src/i18n/resolve.js';
import { attributesOf, quickExitOn, type BuilderConfig } from './config.js';
import { effectiveTopics } from './warnings.js';

/** The language the fallback is written in: the chosen one when its words load, else English. */
async function fallbackLanguage(lang: string): Promise<string> {
  for (const candidate of resolveLanguage(lang || 'en', LANGUAGES).chain) {
    if (await loadLanguage(candidate)) return candidate;
  }
  return 'en';
}

export interface Fallback {
  html: string;
  /** Its line ids, in order. */
  lines: string[];
}

/**
 * The box as plain HTML, with no instant: every line in the directory's (or
 * the editor's) order, no open-now status, so it never goes stale in the page.
 */
export async function fallbackFor(config: BuilderConfig, directory: Directory, detected: readonly string[] = []): Promise<Fallback> {
  const lang = await fallbackLanguage(config.lang);
  const { options } = readOptions({
    topic: effectiveTopics(config, detected).join(' '),
    lines: config.lines.join(' '),
    region: config.region,
    audience: config.audience,
    variant: config.variant,
    heading: config.heading,
    headingLevel: config.headingLevel,
    quickExit: quickExitOn(config, detected),
    exitUrl: config.exitUrl,
    reportUrl: config.reportUrl,
  });
  const model = buildBox({ bundled: directory, options, words: wordsFor(lang) });
  return { html: boxToHtml(model), lines: model.lines.map((line) => line.id) };
}

/** `<helpline-box topic="suicide" region="IE" quick-exit>`. */
export function openingTag(config: BuilderConfig, detected: readonly string[] = []): string {
  const attributes = attributesOf(config, detected).map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`));
  return `<helpline-box${attributes.join('')}>`;
}

/** The whole snippet: the script once, then the box with its fallback inside. */
export function snippetHtml(config: BuilderConfig, fallback: string, detected: readonly string[] = []): string {
  return [
    `<script src="${escapeHtml(config.script)}" defer></script>`,
    openingTag(config, detected),
    `  ${fallback}`,
    '</helpline-box>',
    '',
  ].join('\n');
}
