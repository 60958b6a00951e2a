/**
 * An English box reads the English source strings without the translation
 * engine; every other language goes through i18next. The two must agree on
 * English word for word, placeholders filled alike.
 */
import { expect } from '@open-wc/testing';
import { en, type TranslationKey } from '../../src/i18n/en.js';
import { engineTranslator } from '../../src/i18n/engine.js';
import { english } from '../../src/i18n/localize.js';

interface Tree { [key: string]: string | Tree }
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));

describe('English without the engine', () => {
  const VALUES = { number: '0808 800 5000', body: 'SHOUT', address: 'help@example.org', line: 'Childline', time: '9:00', day: 'Monday', status: 'Open now', zone: 'UK time', count: '3' };

  for (const key of keys(en) as TranslationKey[]) {
    it(`words "${key}" as i18next does`, () => {
      expect(english(key, VALUES)).to.equal(engineTranslator('en')(key, VALUES));
    });
  }

  it('fills every placeholder and leaves none behind', () => {
    expect(english('action.smsBody', { body: 'SHOUT', number: '85258' })).to.equal('Text SHOUT to 85258');
    expect(english('status.inZone', { status: 'Closed', zone: 'UK time' })).to.equal('Closed (UK time)');
  });
});
