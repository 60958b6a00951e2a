/**
 * Loads one language file. From source (tests, `npm start`) it imports the
 * TypeScript module; the built bundles swap this module for
 * locale-loader.esm.ts or locale-loader.iife.ts, which fetch
 * `locales/<lang>.json` from beside the script (see vite.config.ts).
 */
import type { AnyLocale } from './locale.js';
import { localeModules } from './locales/index.js';

export function loadLocale(lang: string): Promise<AnyLocale> {
  const load = (localeModules as Record<string, (() => Promise<{ default: AnyLocale }>) | undefined>)[lang];
  if (!load) return Promise.reject(new Error(`no language file for "${lang}"`));
  return load().then((module) => module.default);
}
