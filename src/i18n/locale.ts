/**
 * The shape of a language file. UI strings are typed against English, so a
 * missing key fails the type check. The directory's texts (who a line is for,
 * a contact's label, a descriptive name such as "Emergency services") are
 * translated per line id, keyed by the English text they translate: when the
 * English in the directory changes, the old translation no longer matches and
 * the box shows the new English rather than a translation of something else.
 */
import type { PartialTranslation, Translation } from './en.js';

/** Line id -> English text -> translation. */
export type LineTexts = Record<string, Record<string, string>>;

export interface Locale {
  /** Whether a native speaker has reviewed the wording (also said in the file's header). */
  reviewed: boolean;
  ui: Translation;
  lines: LineTexts;
}

/** A regional variant: only what differs from its base language (`en-US` from `en`). */
export interface RegionalLocale {
  reviewed: boolean;
  ui: PartialTranslation;
  lines: LineTexts;
}

export type AnyLocale = Locale | RegionalLocale;
