/**
 * The language files against English: every key, every placeholder, and the
 * bundled lines' texts. Every line that serves a UK region must be translated
 * in every language (these languages are chosen for UK readers); any other
 * line without a translation falls back to English and is listed in the test
 * log, not failed.
 */
import { expect } from '@open-wc/testing';
import { bundledDirectory } from '../../src/directory/bundled.js';
import type { Line } from '../../src/directory/schema.js';
import { en } from '../../src/i18n/en.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import type { AnyLocale } from '../../src/i18n/locale.js';
import { localeModules } from '../../src/i18n/locales/index.js';
import { directoryText, loadLanguage, translateParts, translator } from '../../src/i18n/localize.js';

const REQUIRED_LINES = bundledDirectory.lines.filter((line) => line.regions.some((region) => region.startsWith('GB'))).map((line) => line.id);
/** Regional variants hold only what differs from their base language. */
const FULL_LANGUAGES = LANGUAGES.filter((lang) => lang !== 'en' && !lang.includes('-'));

interface Tree { [key: string]: string | Tree }
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const english = new Map(flatten(en));

/** The texts of a line that a language file may translate, by the English. */
function translatable(line: Line): string[] {
  const texts = [line.eligibility.en];
  for (const contact of line.contacts) {
    if (contact.label) texts.push(contact.label.en);
    if ((contact.type === 'chat' || contact.type === 'web' || contact.type === 'report') && contact.display) texts.push(contact.display);
  }
  return texts;
}

const locales = new Map<string, AnyLocale>();
before(async () => {
  for (const [lang, load] of Object.entries(localeModules)) locales.set(lang, (await load()).default);
});

describe('language files', () => {
  it('exist for every language the box offers', () => {
    expect([...locales.keys()].sort()).to.deep.equal(LANGUAGES.filter((l) => l !== 'en').sort());
  });

  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${lang}: has only English's keys, none empty, and keeps every placeholder (a dropped {{number}} would hide the number)`, () => {
      const entries = flatten(locales.get(lang)!.ui);
      for (const [key, text] of entries) {
        expect(english.has(key), `${lang}: unknown key ${key}`).to.equal(true);
        expect(text.trim(), `${lang}: ${key} is empty`).not.to.equal('');
        expect(placeholders(text), `${lang}: ${key}`).to.deep.equal(placeholders(english.get(key)!));
      }
      if (!lang.includes('-')) expect(entries.map(([key]) => key).sort()).to.deep.equal([...english.keys()].sort());
    });

    it(`${lang}: translates only lines and English texts that are in the bundled directory`, () => {
      const stale: string[] = [];
      for (const [id, texts] of Object.entries(locales.get(lang)!.lines)) {
        const line = bundledDirectory.lines.find((l) => l.id === id);
        if (!line) {
          stale.push(`${id} (no such line)`);
          continue;
        }
        const known = new Set([...translatable(line), line.name]);
        for (const source of Object.keys(texts)) if (!known.has(source)) stale.push(`${id}: "${source}"`);
      }
      expect(stale, `${lang}: translations of English that is no longer in the directory`).to.deep.equal([]);
    });
  }

  it('translate every text of the UK lines in every language, and list the other lines that are missing', () => {
    expect(REQUIRED_LINES).to.include.members(['gb-emergency', 'nspcc-helpline', 'childline', 'stop-it-now', 'samaritans']);
    const missing: string[] = [];
    for (const lang of FULL_LANGUAGES) {
      const lines = locales.get(lang)!.lines;
      for (const line of bundledDirectory.lines) {
        const untranslated = translatable(line).filter((text) => !lines[line.id]?.[text]);
        if (untranslated.length) missing.push(`${lang} ${line.id}: ${untranslated.map((t) => `"${t}"`).join(', ')}`);
      }
    }
    const optional = missing.filter((entry) => !REQUIRED_LINES.includes(entry.split(' ')[1].replace(/:$/, '')));
    if (optional.length) console.log(`Line texts shown in English for want of a translation:\n${optional.join('\n')}`);
    expect(missing.filter((entry) => !optional.includes(entry))).to.deep.equal([]);
  });

  it('say whether a native speaker has reviewed them', () => {
    for (const [lang, locale] of locales) expect(typeof locale.reviewed, lang).to.equal('boolean');
  });
});

describe('directoryText', () => {
  const stopItNow = bundledDirectory.lines.find((l) => l.id === 'stop-it-now')!;

  it('gives a line the language file translation of its English', async () => {
    expect(await loadLanguage('cy')).to.equal(true);
    expect(directoryText('nspcc-helpline', 'Adults worried about a child', { en: 'Adults worried about a child' }, 'cy')).to.equal(
      'Oedolion sy’n poeni am blentyn',
    );
  });

  it("prefers the directory's own translation to the language file's", async () => {
    await loadLanguage('cy');
    expect(directoryText('nspcc-helpline', 'Adults worried about a child', { en: 'Adults worried about a child', cy: 'Ein geiriad ni' }, 'cy')).to.equal(
      'Ein geiriad ni',
    );
  });

  it('shows the English when the English changed since it was translated', async () => {
    await loadLanguage('cy');
    expect(directoryText('nspcc-helpline', 'Parents and carers', { en: 'Parents and carers' }, 'cy')).to.equal('Parents and carers');
  });

  it('uses the US spelling for en-US and the British source for en', async () => {
    await loadLanguage('en-US');
    expect(directoryText(stopItNow.id, stopItNow.eligibility.en, stopItNow.eligibility, 'en-US')).to.contain('behavior toward');
    expect(directoryText(stopItNow.id, stopItNow.eligibility.en, stopItNow.eligibility, 'en')).to.contain('behaviour towards');
  });

  it('leaves brand names alone and translates descriptive ones', async () => {
    await loadLanguage('cy');
    expect(directoryText('childline', 'Childline', undefined, 'cy')).to.equal('Childline');
    expect(directoryText('gb-emergency', 'Emergency services', undefined, 'cy')).to.equal('Gwasanaethau brys');
  });
});

describe('translateParts', () => {
  it('splits a translation around its values, in the order the language puts them', async () => {
    await loadLanguage('ur');
    expect(translateParts(translator('ur'), 'action.smsBody', { body: 'SHOUT', number: '85258' })).to.deep.equal([
      { name: 'number', value: '85258' },
      ' پر ',
      { name: 'body', value: 'SHOUT' },
      ' لکھ کر بھیجیں',
    ]);
    expect(translateParts(translator('en'), 'action.phone', { number: '0808 800 5000' })).to.deep.equal([
      'Call ',
      { name: 'number', value: '0808 800 5000' },
    ]);
  });

  it('falls back to the US words over British English, key by key', async () => {
    await loadLanguage('en-US');
    expect(translator('en-US')('action.textphone', { number: '711' })).to.equal('TTY 711');
    expect(translator('en-US')('heading')).to.equal('Help and support');
  });
});
