/**
 * What a box was asked for, read from its attributes. Pure: an attribute
 * value that makes no sense falls back to a safe default and comes back as a
 * warning for the element to log once; removed attributes and framework
 * bindings left unset (null, undefined) read as empty.
 */
import { tokens } from '../directory/select.js';
import { DEFAULT_EXIT_URL } from '../platform/quick-exit.js';

export const VARIANTS = ['full', 'compact'] as const;
export type Variant = (typeof VARIANTS)[number];

export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** What a box's properties hold: whatever a page or framework put there. */
export interface RawOptions {
  topic?: unknown;
  lines?: unknown;
  region?: unknown;
  audience?: unknown;
  variant?: unknown;
  headingLevel?: unknown;
  heading?: unknown;
  fallbackTopic?: unknown;
  quickExit?: unknown;
  exitUrl?: unknown;
  reportUrl?: unknown;
}

export interface BoxOptions {
  /** The topics named, without `auto`. */
  topics: string[];
  /** `topic` names `auto`: the box reads its story for more topics. */
  auto: boolean;
  /** Topics for an `auto` box whose story gave none. */
  fallbackTopics: string[];
  lines: string[];
  /** As asked (trimmed); the selection resolves it against the directory. */
  region: string;
  audience: string;
  variant: Variant;
  headingLevel: HeadingLevel;
  /** The editor's heading, or empty for the translated default. */
  heading: string;
  /** Where the quick exit goes, or null for no quick exit. */
  exitUrl: string | null;
  /** The publisher's corrections page or address, or null for no corrections link. */
  reportUrl: string | null;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

function oneOf<T extends string | number>(value: unknown, allowed: readonly T[], fallback: T, name: string, warnings: string[]): T {
  if (value === null || value === undefined || value === '') return fallback;
  const written = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : typeof value;
  const found = allowed.find((candidate) => String(candidate) === written);
  if (found !== undefined) return found;
  warnings.push(`${name} "${written}" is not one of ${allowed.join(', ')}; using "${fallback}"`);
  return fallback;
}

/** An absolute `https:` (or, for corrections, `mailto:`) address, or null with a warning. */
function address(value: unknown, name: string, allowed: readonly string[], warnings: string[]): string | null {
  const written = text(value);
  if (!written) return null;
  let href: string | null = null;
  try {
    const url = new URL(written);
    if (allowed.includes(url.protocol)) href = url.href;
  } catch {
    // Not an absolute address.
  }
  if (href) return href;
  warnings.push(`${name} "${written}" is not an absolute ${allowed.join(' or ')} address; it was ignored`);
  return null;
}

export function readOptions(raw: RawOptions): { options: BoxOptions; warnings: string[] } {
  const warnings: string[] = [];
  const quickExit = raw.quickExit === true || raw.quickExit === '' || raw.quickExit === 'true';
  const topics = tokens(text(raw.topic));
  const options: BoxOptions = {
    topics: topics.filter((topic) => topic !== 'auto'),
    auto: topics.includes('auto'),
    fallbackTopics: tokens(text(raw.fallbackTopic)).filter((topic) => topic !== 'auto'),
    lines: tokens(text(raw.lines)),
    region: text(raw.region),
    audience: text(raw.audience),
    variant: oneOf(raw.variant, VARIANTS, 'full', 'variant', warnings),
    headingLevel: oneOf(raw.headingLevel, HEADING_LEVELS, 2, 'heading-level', warnings),
    heading: text(raw.heading),
    // A page to go to, never a script: https: or http: only (a publisher's neutral page may be either).
    exitUrl: quickExit ? (address(raw.exitUrl, 'exit-url', ['https:', 'http:'], warnings) ?? DEFAULT_EXIT_URL) : null,
    reportUrl: address(raw.reportUrl, 'report-url', ['https:', 'mailto:'], warnings),
  };
  return { options, warnings };
}
