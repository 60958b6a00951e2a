/**
 * A private i18next instance, so a host page's own i18next is never touched.
 */
import i18next, { type TOptions } from 'i18next';
import { en } from './en.js';

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

export type Translator = (key: string, options?: TOptions) => string;

export function translator(lang: string): Translator {
  const t = i18n.getFixedT(lang);
  return (key, options) => String(t(key, options ?? {}));
}
