/**
 * The classic-script bundle's language loader: `locales/<lang>.json` beside
 * the script, whose URL is read while it first runs (document.currentScript
 * is null by the time a box asks for a language).
 */
import type { AnyLocale } from './locale.js';
import { fetchLocale } from './locale-fetch.js';

const script = document.currentScript;
const base = script instanceof HTMLScriptElement && script.src ? script.src : document.baseURI;

export function loadLocale(lang: string): Promise<AnyLocale> {
  return fetchLocale(new URL(`./locales/${lang}.json`, base).href);
}
