/**
 * What a box shows, decided once for every way it is shown: the element's
 * render, and (later) the static HTML and text renders and the configurator's
 * fallback snippet. Pure: the directory, the reader's options, the words of
 * their language and the instant in; plain data out, no DOM, no console.
 *
 * Safeguarding rules live in the functions it calls (select.ts: the region's
 * emergency line first, always; open-now.ts: open lines first within an
 * urgency). This module only puts their answers into words.
 */
import type { Contact, Directory, Line, LocalizedText } from '../directory/schema.js';
import type { ContactType, Urgency } from '../directory/constants.js';
import { contactHref, isDialled, opensPage } from '../directory/contact.js';
import { own } from '../directory/own.js';
import { directoryFor, NO_TOPIC, selectLines } from '../directory/select.js';
import { spokenDigits } from '../directory/spoken-digits.js';
import { currentAlerts, nextAlertChange } from '../hours/alerts.js';
import { nextChange, type OpenState } from '../hours/hours.js';
import { lineStatus, openFirst, type LineStatus } from '../hours/open-now.js';
import { statusText } from '../hours/status-text.js';
import { en } from '../i18n/en.js';
import { isRtl } from '../i18n/languages.js';
import { english, translateParts, type TextPart, type Translator } from '../i18n/localize.js';
import type { BoxOptions, HeadingLevel, Variant } from './options.js';

export type { TextPart };

/** The words of the reader's language. */
export interface Words {
  /** The language the box is written in (`cy`), set as the box's `lang`. */
  lang: string;
  /** The tag Intl formats times with: the page's own when it is a regional form of `lang` (`en-GB`). */
  formatLang: string;
  t: Translator;
  /** A directory text in this language: the directory's own translation, the language file's, or the English. */
  text(lineId: string, english: string, inline?: LocalizedText): string;
}

export interface BoxInput {
  /** The directory bundled with the box: always has the reader's emergency line. */
  bundled: Directory;
  /** A publisher's checked directory, used where it has an emergency line for the region. */
  custom?: Directory | null;
  options: BoxOptions;
  words: Words;
  /** Epoch ms. Absent for a static box: no open-now status, and lines in the directory's order. */
  now?: number;
  /** The reader's IANA zone, for naming the line's zone when it differs ("(UK time)"); null or absent: the page's own clock. */
  readerZone?: string | null;
  /** For `topic="auto"`: the topics read from the story, or null while it has not been read. */
  detected?: readonly string[] | null;
}

export interface ContactModel {
  channel: ContactType;
  /**
   * The link, or null for a number shown as text only: a textphone or text
   * relay number, which a voice phone cannot reach (UK 18000, Australia's 106).
   */
  href: string | null;
  /** Opens a page in a new tab (chat, web, report), rather than the phone or mail app. */
  external: boolean;
  /** The visible text; numbers and addresses are parts of their own, to isolate from right-to-left text. */
  text: TextPart[];
  /** What this contact is for when a line has several ("Welsh language"). */
  label: string | null;
  /** Words added to the link's accessible name after its visible text: the helpline's name. */
  context: string;
  /** A dialled number digit by digit, for screen readers ("0 8 0 8, 8 0 0, 5 0 0 0"). */
  digits: string | null;
}

export interface LineModel {
  id: string;
  urgency: Urgency;
  name: string;
  /** "Emergency" on the emergency line. */
  badge: string | null;
  status: { state: OpenState['status']; text: string } | null;
  alerts: string[];
  /** Who it is for; null in the compact variant. */
  eligibility: string | null;
  interpreters: string | null;
  /** What a call costs and shows, in one short phrase ("Free to call · Won't show on phone bills"), where the directory says. */
  calls: string | null;
  contacts: ContactModel[];
}

export interface BoxLabels {
  /** "More helplines (3)": shows the lines beyond the first few. */
  more: string;
  fewer: string;
  exit: string;
  exitHint: string;
  report: string;
}

function labels(t: Translator, hidden: number): BoxLabels {
  return {
    more: t('more.show', { count: String(hidden) }),
    fewer: t('more.hide'),
    exit: t('quickExit.button'),
    exitHint: t('quickExit.hint'),
    report: t('report'),
  };
}

export interface BoxModel {
  lang: string;
  dir: 'ltr' | 'rtl';
  heading: string;
  headingLevel: HeadingLevel;
  variant: Variant;
  /** The region served, after fallbacks. */
  region: string;
  lines: LineModel[];
  /**
   * How many of `lines` to show in full at once; the rest are one tap away.
   * The emergency line and the next MAX_SHOWN, so a box at the end of an
   * article fits one phone screen (390 x 844) with 999 and at least two more
   * numbers on it. All of them in the compact variant, one row each.
   */
  shown: number;
  /** Where the quick exit goes, or null for none. */
  exitUrl: string | null;
  /** The publisher's corrections page or address, or null for none. */
  reportUrl: string | null;
  /** The box's own words: the button for the lines beyond `shown`, the quick exit, the corrections link. */
  labels: BoxLabels;
  /** When a status or an alert next changes (epoch ms), for the box to look again; null if never. */
  nextChange: number | null;
  /** Problems with the request, in plain words, for the caller to report. */
  warnings: string[];
}

function contactText(line: Line, contact: Contact, words: Words): TextPart[] {
  const { t } = words;
  switch (contact.type) {
    case 'phone':
      return translateParts(t, 'action.phone', { number: contact.display });
    case 'textphone':
      return translateParts(t, 'action.textphone', { number: contact.display });
    case 'sms':
      return contact.body
        ? translateParts(t, 'action.smsBody', { body: contact.body, number: contact.display })
        : translateParts(t, 'action.sms', { number: contact.display });
    case 'email':
      return translateParts(t, 'action.email', { address: contact.display ?? contact.value });
    default:
      return [contact.display ? words.text(line.id, contact.display) : t(`action.${contact.type}`)];
  }
}

function contactModel(line: Line, contact: Contact, name: string, words: Words): ContactModel | null {
  const asText = contact.type === 'textphone';
  const href = asText ? null : contactHref(contact);
  // A link whose target is not one the box allows is left out (contactHref checks again at the last step).
  if (!asText && !href) return null;
  const external = opensPage(contact);
  const { t } = words;
  return {
    channel: contact.type,
    href,
    external,
    text: contactText(line, contact, words),
    label: contact.label ? words.text(line.id, contact.label.en, contact.label) : null,
    context: `${t('actionContext', { line: name })}${external ? ` ${t('opensInNewTab')}` : ''}`,
    digits: isDialled(contact) ? spokenDigits(contact.display) : null,
  };
}

/**
 * Lines shown in full after the emergency line, before "More helplines": with
 * 999 and a line's status, who it is for and its ways to call, two more fit a
 * 390 x 844 phone screen with room for a quick exit and the corrections link.
 */
export const MAX_SHOWN = 2;

/** What a call costs and shows, as the operator states it, in the reader's words. */
function callsText(line: Line, words: Words): string | null {
  const calls = own(line, 'calls');
  if (!calls) return null;
  const { t } = words;
  const phrases: string[] = [];
  const free = own(calls, 'free');
  const onBill = own(calls, 'onBill');
  if (free !== undefined) phrases.push(t(free ? 'calls.free' : 'calls.charged'));
  if (onBill !== undefined) phrases.push(t(onBill ? 'calls.onBill' : 'calls.notOnBill'));
  if (own(calls, 'confidential')) phrases.push(t('calls.confidential'));
  if (own(calls, 'anonymous')) phrases.push(t('calls.anonymous'));
  return phrases.length > 0 ? phrases.join(' · ') : null;
}

function lineModel(line: Line, status: LineStatus | undefined, input: BoxInput): LineModel {
  const { words, now, readerZone, options } = input;
  const name = words.text(line.id, line.name);
  return {
    id: line.id,
    urgency: line.urgency,
    name,
    badge: line.urgency === 'emergency' ? words.t('emergency') : null,
    status:
      status && now !== undefined
        ? {
            state: status.state.status,
            text: statusText(status.state, status.timeZone, { t: words.t, lang: words.formatLang, readerZone: readerZone ?? null, now }),
          }
        : null,
    alerts: now === undefined ? [] : currentAlerts(line.alerts, new Date(now)).map((alert) => words.text(line.id, alert.text.en, alert.text)),
    eligibility: options.variant === 'compact' ? null : words.text(line.id, line.eligibility.en, line.eligibility),
    interpreters: line.interpreters ? words.t('interpreters') : null,
    calls: options.variant === 'compact' ? null : callsText(line, words),
    contacts: line.contacts.flatMap((contact) => contactModel(line, contact, name, words) ?? []),
  };
}

/**
 * The topics a box shows: those named, then, for `auto`, those read from the
 * story (only topics the directory has, in the reader's order); the fallback
 * topics when the story gave none. Never a guessed set.
 */
function topicsFor({ options, detected }: BoxInput, directory: Directory): string[] {
  if (!options.auto) return options.topics;
  const known = new Set(directory.topics.map((topic) => topic.id));
  const found = (detected ?? []).filter((topic) => known.has(topic) && !options.topics.includes(topic));
  const topics = [...options.topics, ...found];
  return topics.length === 0 && detected ? options.fallbackTopics : topics;
}

/** The box for a request: its lines in order, each in words, and when to look again. */
export function buildBox(input: BoxInput): BoxModel {
  const { bundled, custom = null, options, words, now } = input;
  const warnings: string[] = [];
  const directory = directoryFor(custom, bundled, options.region);
  if (custom && directory !== custom) {
    warnings.push(`the publisher's directory has no emergency line for region "${options.region || custom.defaultRegion}"; showing the bundled lines`);
  }
  const selection = selectLines(directory, { topics: topicsFor(input, directory), lines: options.lines, region: options.region, audience: options.audience });
  // directoryFor makes this impossible; if it ever happens, the element shows its emergency-only box.
  if (selection.emergencyMissing) throw new Error(`no emergency line was chosen for region "${selection.region}"`);
  // An auto box whose story gave nothing clear shows the emergency line on purpose.
  warnings.push(...selection.warnings.filter((warning) => !(options.auto && warning === NO_TOPIC)));
  let lines = selection.lines;
  const statuses = new Map<Line, LineStatus | undefined>();
  let next: number | null = null;
  if (now !== undefined) {
    for (const line of lines) statuses.set(line, lineStatus(line, now));
    lines = openFirst(lines, (line) => statuses.get(line));
    const changes = [...statuses.values()].flatMap((status) => {
      const at = status && nextChange(status.state);
      return at ? [at.getTime()] : [];
    });
    // An alert appears or goes at its own time too ("line down until 18:00").
    for (const line of lines) {
      const at = nextAlertChange(line.alerts, new Date(now));
      if (at !== null) changes.push(at);
    }
    next = changes.length > 0 ? Math.min(...changes) : null;
  }
  const emergencies = lines.filter((line) => line.urgency === 'emergency').length;
  const shown = options.variant === 'compact' ? lines.length : Math.min(lines.length, emergencies + MAX_SHOWN);
  return {
    lang: words.lang,
    dir: isRtl(words.lang) ? 'rtl' : 'ltr',
    heading: options.heading || words.t('heading'),
    headingLevel: options.headingLevel,
    variant: options.variant,
    region: selection.region,
    lines: lines.map((line) => lineModel(line, statuses.get(line), input)),
    shown,
    exitUrl: options.exitUrl,
    reportUrl: options.reportUrl,
    labels: labels(words.t, lines.length - shown),
    nextChange: next,
    warnings,
  };
}

/**
 * The last resort when working out the box failed on input nobody foresaw:
 * the bundled emergency line for the region, in English, from the plainest
 * code (no Intl, no translation engine), so the box is never blank.
 */
export function emergencyOnlyBox(bundled: Directory, region: string, headingLevel: HeadingLevel, exitUrl: string | null = null): BoxModel {
  const wanted = region.trim().toUpperCase();
  const country = wanted.split('-')[0] ?? '';
  const serves = (line: Line) => line.urgency === 'emergency' && line.regions.some((r) => r === wanted || r === country);
  let lines = bundled.lines.filter(serves);
  if (lines.length === 0) lines = bundled.lines.filter((line) => line.urgency === 'emergency' && line.regions.includes(bundled.defaultRegion));
  const [before, after] = en.action.phone.split('{{number}}') as [string, string];
  return {
    lang: 'en',
    dir: 'ltr',
    heading: en.heading,
    headingLevel,
    variant: 'full',
    region: lines[0]?.regions[0] ?? bundled.defaultRegion,
    lines: lines.map((line) => ({
      id: line.id,
      urgency: line.urgency,
      name: line.name,
      badge: en.emergency,
      status: null,
      alerts: [],
      eligibility: null,
      interpreters: null,
      calls: null,
      contacts: line.contacts.flatMap((contact) => {
        const href = contact.type === 'phone' ? contactHref(contact) : null;
        if (!href || contact.type !== 'phone') return [];
        return [{ channel: 'phone', href, external: false, text: [before, { name: 'number', value: contact.display }, after].filter(Boolean), label: null, context: '', digits: null } satisfies ContactModel];
      }),
    })),
    shown: lines.length,
    // The way out stays, even here.
    exitUrl,
    reportUrl: null,
    labels: labels(english, 0),
    nextChange: null,
    warnings: [],
  };
}
