/**
 * One cache of `Intl.DateTimeFormat`s for the whole page, keyed by language,
 * zone and options: building a formatter is the slow part of opening hours
 * (every box, every line and every render asks for the same few).
 */
import { bare } from '../directory/own.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A formatter for `lang` in `timeZone`. Throws for a zone the platform does
 * not know. A language tag the platform refuses (a page may write anything in
 * `lang`) falls back to English rather than break the box.
 */
export function dateTimeFormat(lang: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    // bare: on a polluted page Intl would read options it is not given (hour12, calendar) from Object.prototype.
    const all = bare({ ...options, timeZone });
    try {
      found = new Intl.DateTimeFormat(lang, all);
    } catch {
      // The language, if English works; the zone (which English cannot fix) throws again here.
      found = new Intl.DateTimeFormat('en', all);
    }
    formatters.set(key, found);
  }
  return found;
}
