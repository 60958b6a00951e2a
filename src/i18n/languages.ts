/**
 * The languages the box is written in. English is bundled; every other one is
 * a locale file loaded only when a box shows it. Kept apart from the locale
 * files so the English bundle knows the names without carrying the words.
 */
export const LANGUAGES = ['en', 'en-US', 'cy', 'pl', 'ur', 'ar', 'pa', 'ro', 'es', 'ga'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Languages written right to left; a box in one of them is laid out right to left. */
const RTL = new Set(['ar', 'ur', 'fa', 'he', 'ps', 'sd', 'yi', 'ckb']);

export function isRtl(lang: string): boolean {
  return RTL.has(lang.split('-')[0].toLowerCase());
}
