/**
 * The built bundles' assets.ts: the checker (`helpline-box-validate.js`), the
 * translation engine (`helpline-box-i18n.js`), other countries' lines
 * (`directory-<country>.json`), the story reader for
 * `topic="auto"` (`helpline-box-context.js`) and the language files
 * (`locales/<lang>.json`) come from beside the script, so the box asks nobody
 * else for anything; like a `src` directory, a language file is fetched
 * without cookies or referrer.
 */
import type { AnyLocale } from '../i18n/locale.js';
import type { Engine, StoryReader, Validator } from './assets.js';
import { assetUrl } from './asset-url.js';

export type { Engine, StoryReader, Validator };

export function loadStoryReader(): Promise<StoryReader> {
  return import(/* @vite-ignore */ assetUrl('helpline-box-context.js')) as Promise<StoryReader>;
}

export function loadValidator(): Promise<Validator> {
  return import(/* @vite-ignore */ assetUrl('helpline-box-validate.js')) as Promise<Validator>;
}

export function loadEngine(): Promise<Engine> {
  return import(/* @vite-ignore */ assetUrl('helpline-box-i18n.js')) as Promise<Engine>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A country's lines, `directory-<country>.json` beside the script (built from the same checked directory). */
export async function loadCountryLines(country: string): Promise<unknown[]> {
  const url = assetUrl(`directory-${country}.json`);
  const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
  const json: unknown = await response.json();
  if (!isObject(json) || json['country'] !== country || !Array.isArray(json['lines'])) throw new Error(`${url} is not the lines of ${country}`);
  return json['lines'] as unknown[];
}

export async function loadLocale(lang: string): Promise<AnyLocale> {
  const url = assetUrl(`locales/${lang}.json`);
  const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`.trim());
  const json: unknown = await response.json();
  if (!isObject(json) || !isObject(json['ui']) || !isObject(json['lines'])) throw new Error(`${url} is not a helpline-box language file`);
  return json as unknown as AnyLocale;
}
