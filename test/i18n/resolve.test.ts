import { expect } from '@open-wc/testing';
import { isRtl, LANGUAGES } from '../../src/i18n/languages.js';
import { canonicalTag, resolveLanguage } from '../../src/i18n/resolve.js';

const chain = (tag: string) => resolveLanguage(tag, LANGUAGES).chain;

describe('resolveLanguage', () => {
  it('falls back from a region to its base language, then to English: cy-GB -> cy -> en', () => {
    expect(chain('cy-GB')).to.deep.equal(['cy', 'en']);
    expect(resolveLanguage('cy-GB', LANGUAGES).notice).to.equal(null);
  });

  it('keeps a regional variant the box has, then its base: en-US -> en-US -> en', () => {
    expect(chain('en-US')).to.deep.equal(['en-US', 'en']);
  });

  it('treats en-GB and plain en as the British English source', () => {
    expect(chain('en-GB')).to.deep.equal(['en']);
    expect(chain('en')).to.deep.equal(['en']);
  });

  it('shows English for an unknown language and says so in a notice', () => {
    const { chain: languages, notice } = resolveLanguage('xx-YY', LANGUAGES);
    expect(languages).to.deep.equal(['en']);
    expect(notice).to.contain('"xx-YY"').and.contain('showing English');
  });

  it('matches tags whatever their case or separator', () => {
    expect(chain('AR-eg')).to.deep.equal(['ar', 'en']);
    expect(chain('en_us')).to.deep.equal(['en-US', 'en']);
    expect(chain(' PL ')).to.deep.equal(['pl', 'en']);
  });

  it('gives English without a notice when no language is set', () => {
    expect(resolveLanguage('', LANGUAGES)).to.deep.equal({ chain: ['en'], notice: null });
  });

  it('does not throw on a tag that is not BCP 47', () => {
    expect(canonicalTag('not a tag!')).to.equal('not a tag!');
    expect(chain('not a tag!')).to.deep.equal(['en']);
  });
});

describe('isRtl', () => {
  it('lays out Arabic and Urdu right to left, and Welsh, Punjabi and English left to right', () => {
    expect(['ar', 'ur', 'ar-EG', 'ur-PK'].map(isRtl)).to.deep.equal([true, true, true, true]);
    expect(['cy', 'pa', 'en', 'en-US', 'pl'].map(isRtl)).to.deep.equal([false, false, false, false, false]);
  });
});
