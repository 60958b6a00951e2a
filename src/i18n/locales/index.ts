/**
 * Every language file but English, each loaded only when asked for. The
 * `satisfies` check fails the type check when a language in LANGUAGES has no
 * file. The build writes each one as dist/locales/<lang>.json.
 */
import type { Language } from '../languages.js';
import type { AnyLocale } from '../locale.js';

export const localeModules = {
  'en-US': () => import('./en-US.js'),
  cy: () => import('./cy.js'),
  pl: () => import('./pl.js'),
  ur: () => import('./ur.js'),
  ar: () => import('./ar.js'),
  pa: () => import('./pa.js'),
  ro: () => import('./ro.js'),
  es: () => import('./es.js'),
  ga: () => import('./ga.js'),
} satisfies Record<Exclude<Language, 'en'>, () => Promise<{ default: AnyLocale }>>;
