/**
 * What an editor chose in the configurator, as typed "knobs" (after Material
 * Web's demo knobs): one table says, for each choice, its query parameter,
 * the element attribute it becomes, how it is read back and when it is the
 * default. The controls, the shareable address and the snippet all come from
 * this table, so the three cannot disagree. Pure: no DOM.
 */
import { HEADING_LEVELS, VARIANTS, type HeadingLevel, type Variant } from '../../src/box/options.js';
import { AUDIENCES } from '../../src/directory/constants.js';
import type { Directory } from '../../src/directory/schema.js';
import { isKnownTimeZone } from '../../src/hours/hours.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { INSTANT_PRESETS, isCustomInstant } from './instant.js';

export const DEFAULT_SCRIPT = 'https://your-site.example/helpline-box/helpline-box.iife.js';

/** The `topic` value that lets the box read the story on its page. */
export const AUTO = 'auto';

/** Stories where a reader may need to leave the page fast: quick exit is on unless the editor turns it off. */
export const QUICK_EXIT_TOPICS: readonly string[] = ['domestic-abuse', 'sexual-violence', 'stalking'];

export interface BuilderConfig {
  /** Topic ids, or `['auto']`. */
  topics: string[];
  /** A region of the directory, or '' for its default. */
  region: string;
  /** Line ids picked by the editor, in order. */
  lines: string[];
  audience: string;
  /** One of LANGUAGES, or '' for the page's language. */
  lang: string;
  variant: Variant;
  heading: string;
  headingLevel: HeadingLevel;
  /** The editor's choice; null until they make one, when the topics suggest it. */
  quickExit: boolean | null;
  exitUrl: string;
  reportUrl: string;
  /** Where the publisher serves the classic script. */
  script: string;
  /** The instant the preview shows: `now`, a preset (INSTANT_PRESETS) or a wall time `YYYY-MM-DDTHH:MM`. */
  at: string;
  /** The reader's IANA zone for the preview, or '' for the region's. */
  zone: string;
}

export const DEFAULTS: Readonly<BuilderConfig> = Object.freeze({
  topics: [],
  region: '',
  lines: [],
  audience: '',
  lang: '',
  variant: 'full',
  heading: '',
  headingLevel: 2,
  quickExit: null,
  exitUrl: '',
  reportUrl: '',
  script: DEFAULT_SCRIPT,
  at: 'now',
  zone: '',
});

/** Whether quick exit is on: the editor's choice, else on for the topics that suggest it. */
export function quickExitOn(config: BuilderConfig, detected: readonly string[] = []): boolean {
  if (config.quickExit !== null) return config.quickExit;
  const topics = config.topics.includes(AUTO) ? detected : config.topics;
  return topics.some((topic) => QUICK_EXIT_TOPICS.includes(topic));
}

/** What a reader of a value met that it could not use, in words, for the editor. */
export type Complaints = string[];

/** What the knobs need to know of the world to read a value. */
export interface KnobContext {
  directory: Directory;
  /** Topic ids the builder knows besides the directory's (the detector's). */
  extraTopics: readonly string[];
}

export interface Knob<K extends keyof BuilderConfig> {
  /** The query parameter; also the element attribute when `attribute` is true. */
  param: string;
  /** Whether the choice is an attribute of `<helpline-box>` (the rest only shape the builder's preview and snippet). */
  attribute: boolean;
  /** A written value back into a choice; what it cannot use goes into `complaints`, and the default comes back. */
  read(raw: string, context: KnobContext, complaints: Complaints): BuilderConfig[K];
  /** The choice as written, or null when it is the default (left out of the address and the snippet). */
  write(value: BuilderConfig[K]): string | null;
}

type Knobs = { [K in keyof BuilderConfig]: Knob<K> };

const words = (raw: string): string[] => [...new Set(raw.split(/\s+/).filter(Boolean))];
const joined = (values: readonly string[]) => (values.length > 0 ? values.join(' ') : null);
const textOrNull = (value: string) => (value.trim() === '' ? null : value.trim());

function oneOf<T extends string | number>(raw: string, allowed: readonly T[], fallback: T, what: string, complaints: Complaints): T {
  const found = allowed.find((value) => String(value).toLowerCase() === raw.trim().toLowerCase());
  if (found !== undefined) return found;
  complaints.push(`${what} "${raw}" is not one of ${allowed.join(', ')}; using the default`);
  return fallback;
}

/** An address for the box to link to: https only, like every link the box shows. */
function httpsUrl(raw: string, what: string, complaints: Complaints): string {
  const value = raw.trim();
  if (value === '') return '';
  try {
    if (new URL(value).protocol === 'https:') return value;
  } catch {
    // Not a URL at all; said below.
  }
  complaints.push(`${what} "${value}" is not an https:// address; it was left out`);
  return '';
}

/**
 * The knobs, in the order their attributes are written in the snippet.
 * Keys are BuilderConfig's, so a choice without a knob fails the type check.
 */
export const KNOBS: Knobs = {
  topics: {
    param: 'topic',
    attribute: true,
    read(raw, { directory, extraTopics }, complaints) {
      const asked = words(raw);
      if (asked.includes(AUTO)) return [AUTO];
      const known = new Set([...directory.topics.map((t) => t.id), ...extraTopics]);
      const unknown = asked.filter((topic) => !known.has(topic));
      if (unknown.length > 0) complaints.push(`topic${unknown.length > 1 ? 's' : ''} ${unknown.map((t) => `"${t}"`).join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not known; left out`);
      return asked.filter((topic) => known.has(topic));
    },
    write: joined,
  },
  region: {
    param: 'region',
    attribute: true,
    read(raw, { directory }, complaints) {
      const wanted = raw.trim().toUpperCase();
      if (wanted === '' || directory.regions.some((r) => r.id === wanted)) return wanted;
      complaints.push(`region "${raw}" is not in the directory; using the default, ${directory.defaultRegion}`);
      return '';
    },
    write: textOrNull,
  },
  lines: {
    param: 'lines',
    attribute: true,
    read(raw, { directory }, complaints) {
      const asked = words(raw);
      const known = new Set(directory.lines.map((line) => line.id));
      const unknown = asked.filter((id) => !known.has(id));
      if (unknown.length > 0) complaints.push(`line id${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not in the directory; left out`);
      return asked.filter((id) => known.has(id));
    },
    write: joined,
  },
  audience: {
    param: 'audience',
    attribute: true,
    read: (raw, _, complaints) => (raw.trim() === '' ? '' : oneOf(raw, AUDIENCES, '', 'audience', complaints)),
    write: textOrNull,
  },
  lang: {
    param: 'lang',
    attribute: true,
    read: (raw, _, complaints) => (raw.trim() === '' ? '' : oneOf(raw, LANGUAGES, '', 'language', complaints)),
    write: textOrNull,
  },
  variant: {
    param: 'variant',
    attribute: true,
    read: (raw, _, complaints) => oneOf(raw, VARIANTS, DEFAULTS.variant, 'variant', complaints),
    write: (value) => (value === DEFAULTS.variant ? null : value),
  },
  heading: {
    param: 'heading',
    attribute: true,
    read: (raw) => raw.trim(),
    write: textOrNull,
  },
  headingLevel: {
    param: 'heading-level',
    attribute: true,
    read: (raw, _, complaints) => oneOf(raw, HEADING_LEVELS, DEFAULTS.headingLevel, 'heading level', complaints),
    write: (value) => (value === DEFAULTS.headingLevel ? null : String(value)),
  },
  quickExit: {
    // In the address: the editor's explicit choice. In the snippet: whether it is on (see attributesOf).
    param: 'quick-exit',
    attribute: true,
    read(raw, _, complaints) {
      const value = raw.trim().toLowerCase();
      if (value === 'on' || value === '' || value === 'quick-exit') return true;
      if (value === 'off') return false;
      complaints.push(`quick exit "${raw}" is not "on" or "off"; it follows the topics`);
      return null;
    },
    write: (value) => (value === null ? null : value ? 'on' : 'off'),
  },
  exitUrl: {
    param: 'exit-url',
    attribute: true,
    read: (raw, _, complaints) => httpsUrl(raw, 'exit address', complaints),
    write: textOrNull,
  },
  reportUrl: {
    param: 'report-url',
    attribute: true,
    read: (raw, _, complaints) => httpsUrl(raw, 'correction address', complaints),
    write: textOrNull,
  },
  script: {
    param: 'script',
    attribute: false,
    read: (raw) => raw.trim() || DEFAULT_SCRIPT,
    write: (value) => (value === DEFAULT_SCRIPT ? null : value),
  },
  at: {
    param: 'at',
    attribute: false,
    read(raw, _, complaints) {
      const value = raw.trim();
      if (value === 'now' || Object.hasOwn(INSTANT_PRESETS, value) || isCustomInstant(value)) return value;
      complaints.push(`preview time "${raw}" is not one the builder knows; previewing now`);
      return 'now';
    },
    write: (value) => (value === DEFAULTS.at ? null : value),
  },
  zone: {
    param: 'zone',
    attribute: false,
    read(raw, _, complaints) {
      const value = raw.trim();
      if (value === '' || isKnownTimeZone(value)) return value;
      complaints.push(`time zone "${raw}" is not one this browser knows; using the region's`);
      return '';
    },
    write: textOrNull,
  },
};

const KEYS = Object.keys(KNOBS) as (keyof BuilderConfig)[];

function readKnob<K extends keyof BuilderConfig>(key: K, raw: string, context: KnobContext, complaints: Complaints): BuilderConfig[K] {
  return KNOBS[key].read(raw, context, complaints);
}

function writeKnob<K extends keyof BuilderConfig>(key: K, config: BuilderConfig): string | null {
  return KNOBS[key].write(config[key]);
}

/** A fresh copy of the defaults. */
export function defaults(): BuilderConfig {
  return { ...DEFAULTS, topics: [], lines: [] };
}

/** The choices written in a query string (`?topic=suicide&region=IE`); what it cannot use comes back as complaints. */
export function configFromQuery(query: string | URLSearchParams, context: KnobContext): { config: BuilderConfig; complaints: Complaints } {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const config = defaults();
  const complaints: Complaints = [];
  for (const key of KEYS) {
    const raw = params.get(KNOBS[key].param);
    if (raw !== null) (config as unknown as Record<string, unknown>)[key] = readKnob(key, raw, context, complaints);
  }
  return { config, complaints };
}

/** The query string that carries every choice that is not a default, in the knobs' order. */
export function queryOf(config: BuilderConfig): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = writeKnob(key, config);
    if (value !== null) params.set(KNOBS[key].param, value);
  }
  return params.toString();
}

/**
 * The element's attributes for a configuration, in the knobs' order, only
 * those that are not the element's defaults. A boolean attribute has the
 * value ''. `detected`: the topics found in the story, for quick exit's
 * suggestion under `topic="auto"`.
 */
export function attributesOf(config: BuilderConfig, detected: readonly string[] = []): [string, string][] {
  const out: [string, string][] = [];
  for (const key of KEYS) {
    const knob = KNOBS[key];
    if (!knob.attribute) continue;
    if (key === 'quickExit') {
      if (quickExitOn(config, detected)) out.push([knob.param, '']);
      continue;
    }
    // An exit address means nothing without quick exit.
    if (key === 'exitUrl' && !quickExitOn(config, detected)) continue;
    const value = writeKnob(key, config);
    if (value !== null) out.push([knob.param, value]);
  }
  return out;
}

/** Choices read from an element's attributes (a pasted snippet): the same readers as the address. */
export function configFromAttributes(
  attributes: Iterable<[string, string]>,
  context: KnobContext,
): { config: BuilderConfig; complaints: Complaints; unknown: string[] } {
  const params = new URLSearchParams();
  const unknown: string[] = [];
  const byParam = new Map(KEYS.filter((key) => KNOBS[key].attribute).map((key) => [KNOBS[key].param, key]));
  let quickExit = false;
  for (const [name, value] of attributes) {
    const key = byParam.get(name);
    if (!key) unknown.push(name);
    else if (key === 'quickExit') quickExit = true;
    else params.set(name, value);
  }
  const { config, complaints } = configFromQuery(params, context);
  // A snippet says only whether quick exit is there: that is the editor's choice, on or off.
  config.quickExit = quickExit;
  return { config, complaints, unknown };
}
