/**
 * What the box loads only when a box needs it: the directory checker (zod
 * and the rules) for a publisher's directory, and the words of a language
 * other than English with the translation engine. From source (tests, `npm start`) they are plain
 * imports of the TypeScript modules. The built bundles use assets.dist.ts
 * instead (see scripts/build.mjs), which fetches the built files from beside
 * the script. This pair is the only place the two differ.
 */
import type { AnyLocale } from '../i18n/locale.js';
import { localeModules } from '../i18n/locales/index.js';

export type Validator = typeof import('../directory/validate.js');
export type Engine = typeof import('../i18n/engine.js');
export type StoryReader = typeof import('../context/read.js');

export function loadValidator(): Promise<Validator> {
  return import('../directory/validate.js');
}

export function loadStoryReader(): Promise<StoryReader> {
  return import('../context/read.js');
}

/** From source every line is in the bundled directory, so no country has lines elsewhere. */
export function loadCountryLines(country: string): Promise<unknown[]> {
  return Promise.reject(new Error(`no lines for ${country} beside the source`));
}

export function loadEngine(): Promise<Engine> {
  return import('../i18n/engine.js');
}

export function loadLocale(lang: string): Promise<AnyLocale> {
  const load = (localeModules as Record<string, (() => Promise<{ default: AnyLocale }>) | undefined>)[lang];
  if (!load) return Promise.reject(new Error(`no language file for "${lang}"`));
  return load().then((module) => module.default);
}
