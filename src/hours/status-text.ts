/**
 * Words for a line's open-now state, in the reader's language, with times in
 * the line's own zone and that zone named when the reader is elsewhere. Pure:
 * Intl and the translator only.
 */
import { dateTimeFormat } from './intl-cache.js';
import type { TranslationKey } from '../i18n/en.js';
import { nextChange, type OpenState } from './hours.js';
import type { Translator } from '../i18n/localize.js';

const DAY_MS = 86_400_000;

/** Zones whose name is one of our strings rather than Intl's (Intl says "United Kingdom Time"). */
const ZONE_KEYS: Readonly<Record<string, TranslationKey>> = { 'Europe/London': 'zone.uk' };

/** Weekday keys in the translations, Sunday first. */
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

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
  const parts = formatter('en-US', timeZone, { year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day')) / DAY_MS;
}

function weekdayIn(instant: number, timeZone: string): (typeof WEEKDAYS)[number] {
  return WEEKDAYS[EN_WEEKDAYS.indexOf(formatter('en-US', timeZone, { weekday: 'short' }).format(instant))] ?? 'mon';
}

function zoneLabel(timeZone: string, lang: string, t: Translator): string {
  const key = ZONE_KEYS[canonicalZone(timeZone)];
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
  /** The reader's IANA zone. */
  readerZone: string;
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
  if (lang.split('-')[0].toLowerCase() === 'en') {
    time = formatter(lang, timeZone, { hour: 'numeric', minute: '2-digit' }).format(at);
    // A weekday names the right day for six days; after that it needs the date.
    day = formatter(lang, timeZone, daysAhead > 6 ? { weekday: 'long', day: 'numeric', month: 'long' } : { weekday: 'long' }).format(at);
  } else {
    // A browser may have no Intl data for the language (Chromium has no Welsh or Irish and only part of
    // Punjabi) and would put "Monday" and "AM" in the box: other languages get a 24-hour time, which has
    // no words, and the weekday from their translation.
    time = formatter('en-GB', timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
    day = t(`weekday.${weekdayIn(at.getTime(), timeZone)}`);
    if (daysAhead > 6) day += ` ${formatter('en-GB', timeZone, { day: 'numeric', month: 'numeric' }).format(at)}`;
  }
  let text: string;
  if (state.status === 'open') text = daysAhead === 0 ? t('status.openClosesAt', { time }) : t('status.openClosesAtDay', { time, day });
  else text = t('status.closedOpensAt', { time, day });
  if (canonicalZone(readerZone) === canonicalZone(timeZone)) return text;
  return t('status.inZone', { status: text, zone: zoneLabel(timeZone, lang, t) });
}
