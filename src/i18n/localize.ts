/**
 * The words of the box in the reader's language. English, the source every
 * other language is typed against, is in the bundle and read directly: an
 * English box needs no translation engine. Any other language arrives as a
 * language file, with the engine (engine.ts, i18next) loaded beside it the
 * first time one is needed (see platform/assets.ts).
 */
import type { LocalizedText } from '../directory/schema.js';
import { en, type TranslationKey } from './en.js';
import type { LineTexts } from './locale.js';
import { loadEngine, loadLocale } from '../platform/assets.js';

/** Words for a key, with `{{name}}` placeholders filled from `values`. */
export type Translator = (key: TranslationKey, values?: Record<string, string>) => string;

/** English from the source strings, with i18next's `{{name}}` interpolation. */
export const english: Translator = (key, values = {}) => {
  let text: unknown = en;
  for (const part of key.split('.')) text = (text as Record<string, unknown>)[part];
  return String(text).replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
};

const translators = new Map<string, Translator>([['en', english]]);
const lineTexts = new Map<string, LineTexts>([['en', {}]]);
const pending = new Map<string, Promise<boolean>>();

/** The words of a language in memory; English for one that is not. */
export function translator(lang: string): Translator {
  return translators.get(lang) ?? english;
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
    load = Promise.all([loadEngine(), loadLocale(lang)]).then(
      ([engine, locale]) => {
        engine.addLanguage(lang, locale.ui);
        translators.set(lang, engine.engineTranslator(lang));
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
  const base = lang.split('-')[0];
  for (const candidate of lang === base ? [lang] : [lang, base]) {
    // English is the text as written.
    if (candidate === 'en') break;
    // Own properties only: a polluted Object.prototype must not put words in the box.
    const own = inline && Object.hasOwn(inline, candidate) ? inline[candidate] : undefined;
    if (own) return own;
    const texts = lineTexts.get(candidate);
    const forLine = texts && Object.hasOwn(texts, lineId) ? texts[lineId] : undefined;
    const translated = forLine && Object.hasOwn(forLine, english) ? forLine[english] : undefined;
    if (translated) return translated;
  }
  return english;
}

/** The words of a language that is in memory, for a box (see box/model.ts `Words`). */
export function wordsFor(lang: string, formatLang: string = lang) {
  return {
    lang,
    formatLang,
    t: translator(lang),
    text: (lineId: string, english: string, inline?: LocalizedText) => directoryText(lineId, english, inline, lang),
  };
}

/** A piece of translated text: plain words, or a value (a number, an address) to isolate from them. */
export type TextPart = string | { name: string; value: string };

/**
 * Translates `key` and splits the result around the values, so a caller can
 * wrap each value (a phone number) in its own left-to-right run: inside
 * Arabic or Urdu text the groups of "0808 800 5000" would otherwise be
 * reordered by the bidirectional algorithm.
 */
export function translateParts(t: Translator, key: TranslationKey, values: Record<string, string>): TextPart[] {
  const names = Object.keys(values);
  const marked = Object.fromEntries(names.map((name, i) => [name, `\uE000${i}\uE001`]));
  const parts: TextPart[] = [];
  for (const [i, piece] of t(key, marked).split(/\uE000(\d+)\uE001/).entries()) {
    if (i % 2 === 0) {
      if (piece) parts.push(piece);
    } else {
      const name = names[Number(piece)];
      parts.push({ name, value: values[name] });
    }
  }
  return parts;
}
