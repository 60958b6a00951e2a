import { expect } from '@open-wc/testing';
import { readOptions } from '../../src/box/options.js';

describe('readOptions', () => {
  it('reads the attributes a box was given', () => {
    const { options, warnings } = readOptions({ topic: ' suicide  crime ', lines: '', region: ' GB-SCT', audience: 'child', variant: 'compact', headingLevel: 3, heading: 'Need help?' });
    expect(options).to.deep.equal({ topics: ['suicide', 'crime'], auto: false, fallbackTopics: [], lines: [], region: 'GB-SCT', audience: 'child', variant: 'compact', headingLevel: 3, heading: 'Need help?', exitUrl: null, reportUrl: null });
    expect(warnings).to.deep.equal([]);
  });

  it('reads removed attributes and unset framework bindings as empty, without a warning', () => {
    const { options, warnings } = readOptions({ topic: null, lines: undefined, region: 42, variant: null, headingLevel: undefined, heading: null });
    expect(options).to.deep.equal({ topics: [], auto: false, fallbackTopics: [], lines: [], region: '', audience: '', variant: 'full', headingLevel: 2, heading: '', exitUrl: null, reportUrl: null });
    expect(warnings).to.deep.equal([]);
  });

  it('falls back from a value that makes no sense the same way for every option, with one warning each', () => {
    const { options, warnings } = readOptions({ variant: 'tiny', headingLevel: 7 });
    expect([options.variant, options.headingLevel]).to.deep.equal(['full', 2]);
    expect(warnings).to.deep.equal(['variant "tiny" is not one of full, compact; using "full"', 'heading-level "7" is not one of 2, 3, 4, 5, 6; using "2"']);
    expect(readOptions({ headingLevel: Number.NaN }).warnings).to.deep.equal(['heading-level "NaN" is not one of 2, 3, 4, 5, 6; using "2"']);
    expect(readOptions({ headingLevel: '4' }).options.headingLevel).to.equal(4);
  });

  it('reads the quick exit and the corrections link, with safe addresses only', () => {
    expect(readOptions({ quickExit: true }).options.exitUrl).to.equal('https://www.bbc.co.uk/weather');
    expect(readOptions({ quickExit: '', exitUrl: 'https://example.org/weather' }).options.exitUrl).to.equal('https://example.org/weather');
    expect(readOptions({ quickExit: false, exitUrl: 'https://example.org/weather' }).options.exitUrl).to.equal(null);
    const bad = readOptions({ quickExit: true, exitUrl: 'javascript:alert(1)', reportUrl: 'http://example.org/' });
    expect([bad.options.exitUrl, bad.options.reportUrl]).to.deep.equal(['https://www.bbc.co.uk/weather', null]);
    expect(bad.warnings).to.deep.equal([
      'exit-url "javascript:alert(1)" is not an absolute https: or http: address; it was ignored',
      'report-url "http://example.org/" is not an absolute https: or mailto: address; it was ignored',
    ]);
    expect(readOptions({ reportUrl: 'mailto:corrections@example.org' }).options.reportUrl).to.equal('mailto:corrections@example.org');
  });

  it('reads auto among the topics, and the fallback topics', () => {
    const { options } = readOptions({ topic: 'auto crime', fallbackTopic: 'suicide auto' });
    expect([options.topics, options.auto, options.fallbackTopics]).to.deep.equal([['crime'], true, ['suicide']]);
  });
});
