/** The ES bundle's language loader: `locales/<lang>.json` beside the module. */
import type { AnyLocale } from './locale.js';
import { fetchLocale } from './locale-fetch.js';

export function loadLocale(lang: string): Promise<AnyLocale> {
  return fetchLocale(new URL(/* @vite-ignore */ `./locales/${lang}.json`, import.meta.url).href);
}
