/**
 * A private i18next instance, so a host page's own i18next is never touched.
 * English is bundled and ready synchronously; every other language is added
 * when its file arrives (see platform/assets.ts).
 */
import i18next, { type TOptions } from 'i18next';
import type { LocalizedText } from '../directory/schema.js';
import { en } from './en.js';
import type { LineTexts } from './locale.js';
import { loadLocale } from '../platform/assets.js';

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

const lineTexts = new Map<string, LineTexts>([['en', {}]]);
const pending = new Map<string, Promise<boolean>>();

export type Translator = (key: string, options?: TOptions) => string;

export function translator(lang: string): Translator {
  const t = i18n.getFixedT(lang);
  return (key, options) => String(t(key, options ?? {}));
}

/** Whether a language's words are in memory (English always is). */
export function hasLanguage(lang: string): boolean {
  return lineTexts.has(lang);
}

/**
 * Loads a language once per page however many boxes show it. Resolves true
 * when its words are in memory, false (after one console warning) when its
 * file could not be had; never rejects.
 */
export function loadLanguage(lang: string): Promise<boolean> {
  if (hasLanguage(lang)) return Promise.resolve(true);
  let load = pending.get(lang);
  if (!load) {
    load = loadLocale(lang).then(
      (locale) => {
        i18n.addResourceBundle(lang, 'translation', locale.ui, true, true);
        lineTexts.set(lang, locale.lines);
        return true;
      },
      (error: unknown) => {
        console.warn(`<helpline-box>: the "${lang}" language file could not be loaded (${error instanceof Error ? error.message : String(error)}); showing English`);
        return false;
      },
    );
    pending.set(lang, load);
  }
  return load;
}

/**
 * A directory text in the reader's language: the directory's own translation
 * first, then the language file's translation of this line's English, then
 * the base language (en-US -> en), then the English as written.
 */
export function directoryText(lineId: string, english: string, inline: LocalizedText | undefined, lang: string): string {
  const base = lang.split('-')[0]!;
  for (const candidate of lang === base ? [lang] : [lang, base]) {
    // English is the text as written.
    if (candidate === 'en') break;
    const own = inline?.[candidate];
    if (own) return own;
    const translated = lineTexts.get(candidate)?.[lineId]?.[english];
    if (translated) return translated;
  }
  return english;
}

/** A piece of translated text: plain words, or a value (a number, an address) to isolate from them. */
export type TextPart = string | { name: string; value: string };

/**
 * Translates `key` and splits the result around the values, so a caller can
 * wrap each value (a phone number) in its own left-to-right run: inside
 * Arabic or Urdu text the groups of "0808 800 5000" would otherwise be
 * reordered by the bidirectional algorithm.
 */
export function translateParts(t: Translator, key: string, values: Record<string, string>): TextPart[] {
  const names = Object.keys(values);
  const marked = Object.fromEntries(names.map((name, i) => [name, `\uE000${i}\uE001`]));
  const parts: TextPart[] = [];
  for (const [i, piece] of t(key, marked).split(/\uE000(\d+)\uE001/).entries()) {
    if (i % 2 === 0) {
      if (piece) parts.push(piece);
    } else {
      const name = names[Number(piece)]!;
      parts.push({ name, value: values[name]! });
    }
  }
  return parts;
}
