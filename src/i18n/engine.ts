/**
 * The translation engine: a private i18next instance (so a host page's own
 * i18next is never touched) holding every language a page has loaded, with
 * fallback from a regional variant to its base language and to English.
 * Loaded only when a box shows a language other than English (see
 * localize.ts): an English box renders the English source strings directly,
 * so a page whose boxes are all in English never downloads it.
 */
import i18next from 'i18next';
import { en, type PartialTranslation, type Translation } from './en.js';
import type { Translator } from './localize.js';

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  // Resources are in memory: initialise synchronously so the first render has its words.
  initAsync: false,
  // Lit renders strings as text, never as HTML, so i18next need not escape them.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function addLanguage(lang: string, ui: Translation | PartialTranslation): void {
  i18n.addResourceBundle(lang, 'translation', ui, true, true);
}

export function engineTranslator(lang: string): Translator {
  const t = i18n.getFixedT(lang);
  return (key, values) => String(t(key, values ?? {}));
}
