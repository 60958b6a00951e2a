/**
 * Words for a line's open-now state, in the reader's language, with times in
 * the line's own zone and that zone named when the reader is elsewhere. Pure.
 * Wall times come from hours.ts (the build's zone table where it has the zone);
 * Intl only for a date more than six days away and a zone's name.
 */
import { dateTimeFormat } from './intl-cache.js';
import type { TranslationKey } from '../i18n/en.js';
import { nextChange, offsetAt, wallTime, type OpenState } from './hours.js';
import type { Translator } from '../i18n/localize.js';

const DAY_MS = 86_400_000;

/** Zones whose name is one of our strings rather than Intl's (Intl says "United Kingdom Time"). */
const ZONE_KEYS: Readonly<Record<string, TranslationKey>> = { 'Europe/London': 'zone.uk' };

/** Weekday keys in the translations, Sunday first. */
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

const formatter = dateTimeFormat;

/** The canonical name of a zone, so aliases (`GB`, `Europe/London`) compare equal. */
function canonicalZone(timeZone: string): string {
  try {
    return formatter('en', timeZone, {}).resolvedOptions().timeZone;
  } catch {
    return timeZone;
  }
}

/** Calendar date of an instant in a zone, as a day number. */
function dayIn(instant: number, timeZone: string): number {
  return Math.floor(wallTime(timeZone, instant) / DAY_MS);
}

function weekdayIn(instant: number, timeZone: string): (typeof WEEKDAYS)[number] {
  return WEEKDAYS[new Date(wallTime(timeZone, instant)).getUTCDay()];
}

/** English-speaking regions whose clocks read 12 hours (and English with no region, as Intl reads it). */
const TWELVE_HOUR = new Set(['', 'US', 'CA', 'AU', 'NZ', 'IN', 'PH']);

/**
 * A time in English, written here rather than by Intl so that no formatter is
 * made while the page loads (see zone-table.ts): "9:00 AM" where clocks read
 * 12 hours, "9:00" and "21:00" elsewhere (en-GB, en-IE).
 */
function englishTime(lang: string, timeZone: string, at: number): string {
  const wall = new Date(wallTime(timeZone, at));
  const hours = wall.getUTCHours();
  const minutes = String(wall.getUTCMinutes()).padStart(2, '0');
  const region = (lang.split('-')[1] ?? '').toUpperCase();
  if (!TWELVE_HOUR.has(region)) return `${hours}:${minutes}`;
  return `${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** The same clock: the reader's zone and the line's read the same at `now` and at the change. */
function sameClock(readerZone: string | null, timeZone: string, instants: readonly number[]): boolean {
  // Without a named zone (the page's own clock), compare offsets: no Intl while the page loads.
  if (!readerZone) return instants.every((t) => offsetAt(timeZone, t) === -new Date(t).getTimezoneOffset() * 60_000);
  return canonicalZone(readerZone) === canonicalZone(timeZone);
}

function zoneLabel(timeZone: string, lang: string, t: Translator): string {
  const key = Object.hasOwn(ZONE_KEYS, timeZone) ? ZONE_KEYS[timeZone] : ZONE_KEYS[canonicalZone(timeZone)];
  if (key) return t(key);
  const name = formatter(lang, timeZone, { timeZoneName: 'longGeneric' })
    .formatToParts(0)
    .find((part) => part.type === 'timeZoneName')?.value;
  return name ?? timeZone;
}

export interface StatusContext {
  t: Translator;
  /** The reader's language, as given to the translator. */
  lang: string;
  /** The reader's IANA zone, or null to go by the page's own clock (its UTC offsets). */
  readerZone: string | null;
  /** Epoch ms. */
  now: number;
}

/** The status line for a state of hours written in `timeZone`. */
export function statusText(state: OpenState, timeZone: string | undefined, { t, lang, readerZone, now }: StatusContext): string {
  if (state.status === 'always') return t('status.always');
  if (state.status === 'unknown' || !timeZone) return t('status.unknown');
  const at = nextChange(state);
  if (!at) return t(state.status === 'open' ? 'status.open' : 'status.closedLong');

  const daysAhead = dayIn(at.getTime(), timeZone) - dayIn(now, timeZone);
  let time: string;
  let day: string;
  const wall = new Date(wallTime(timeZone, at.getTime()));
  if (lang.split('-')[0].toLowerCase() === 'en') {
    time = englishTime(lang, timeZone, at.getTime());
    // A weekday names the right day for six days; after that it needs the date (from Intl: rare, so made only then).
    day = daysAhead > 6 ? formatter(lang, timeZone, { weekday: 'long', day: 'numeric', month: 'long' }).format(at) : t(`weekday.${weekdayIn(at.getTime(), timeZone)}`);
  } else {
    // A browser may have no Intl data for the language (Chromium has no Welsh or Irish and only part of
    // Punjabi) and would put "Monday" and "AM" in the box: other languages get a 24-hour time, which has
    // no words, and the weekday from their translation.
    time = `${String(wall.getUTCHours()).padStart(2, '0')}:${String(wall.getUTCMinutes()).padStart(2, '0')}`;
    day = t(`weekday.${weekdayIn(at.getTime(), timeZone)}`);
    if (daysAhead > 6) day += ` ${wall.getUTCDate()}/${wall.getUTCMonth() + 1}`;
  }
  let text: string;
  if (state.status === 'open') text = daysAhead === 0 ? t('status.openClosesAt', { time }) : t('status.openClosesAtDay', { time, day });
  else text = t('status.closedOpensAt', { time, day });
  if (sameClock(readerZone, timeZone, [now, at.getTime()])) return text;
  return t('status.inZone', { status: text, zone: zoneLabel(timeZone, lang, t) });
}
