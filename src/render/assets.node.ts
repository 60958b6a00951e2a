/**
 * The node build's assets.ts (the `cli` mode of vite.config.ts: dist/cli.js
 * and dist/render.js): the checker, the engine and every language are in the
 * bundle, imported statically, so the two files need nothing beside them and
 * no chunk of languages lands in dist/ among the files pages download.
 */
import * as validator from '../directory/validate.js';
import * as engine from '../i18n/engine.js';
import type { Language } from '../i18n/languages.js';
import type { AnyLocale } from '../i18n/locale.js';
import ar from '../i18n/locales/ar.js';
import cy from '../i18n/locales/cy.js';
import enUS from '../i18n/locales/en-US.js';
import es from '../i18n/locales/es.js';
import ga from '../i18n/locales/ga.js';
import pa from '../i18n/locales/pa.js';
import pl from '../i18n/locales/pl.js';
import ro from '../i18n/locales/ro.js';
import ur from '../i18n/locales/ur.js';
import type { Engine, Validator } from '../platform/assets.js';

export type { Engine, Validator };

// `satisfies` fails the type check when a language is added without its file here.
const locales = { 'en-US': enUS, cy, pl, ur, ar, pa, ro, es, ga } satisfies Record<Exclude<Language, 'en'>, AnyLocale>;

export function loadValidator(): Promise<Validator> {
  return Promise.resolve(validator);
}

export function loadEngine(): Promise<Engine> {
  return Promise.resolve(engine);
}

export function loadLocale(lang: string): Promise<AnyLocale> {
  const locale = Object.hasOwn(locales, lang) ? (locales as Record<string, AnyLocale>)[lang] : undefined;
  return locale ? Promise.resolve(locale) : Promise.reject(new Error(`no language file for "${lang}"`));
}
