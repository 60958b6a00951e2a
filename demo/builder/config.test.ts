import { expect } from '@open-wc/testing';
import { TOPIC_IDS } from '../../src/context/topics.js';
import { bundledDirectory } from '../../src/directory/bundled.js';
import { attributesOf, configFromAttributes, configFromQuery, DEFAULT_SCRIPT, defaults, queryOf, quickExitOn, type BuilderConfig } from './config.js';

const context = { directory: bundledDirectory, extraTopics: TOPIC_IDS };
const read = (query: string) => configFromQuery(query, context);

/** A configuration with every knob away from its default. */
const everything: BuilderConfig = {
  topics: ['domestic-abuse', 'sexual-violence'],
  region: 'GB-SCT',
  lines: ['samaritans', 'national-domestic-abuse-helpline'],
  audience: 'survivor',
  lang: 'cy',
  variant: 'compact',
  heading: 'Help & "support" <now>',
  headingLevel: 4,
  quickExit: true,
  exitUrl: 'https://www.bbc.co.uk/weather',
  reportUrl: 'https://gazette.example/corrections?story=1',
  script: 'https://gazette.example/hb/helpline-box.iife.js',
  at: '2026-12-05T23:00',
  zone: 'Europe/Dublin',
};

describe('configurator knobs', () => {
  it('round-trips every choice through the query string', () => {
    const { config, complaints } = read(queryOf(everything));
    expect(complaints).to.deep.equal([]);
    expect(config).to.deep.equal(everything);
  });

  it('writes nothing for the defaults, and reads an empty query as the defaults', () => {
    expect(queryOf(defaults())).to.equal('');
    expect(read('').config).to.deep.equal(defaults());
    expect(attributesOf(defaults())).to.deep.equal([]);
  });

  it('keeps the explicit "off" of quick exit apart from "not chosen"', () => {
    const off = { ...defaults(), topics: ['domestic-abuse'], quickExit: false };
    expect(queryOf(off)).to.equal('topic=domestic-abuse&quick-exit=off');
    expect(read(queryOf(off)).config.quickExit).to.equal(false);
    expect(read('topic=domestic-abuse').config.quickExit).to.equal(null);
  });

  it('writes only the attributes that differ from the element defaults, in a fixed order', () => {
    expect(attributesOf({ ...defaults(), topics: ['suicide'], region: 'IE' })).to.deep.equal([
      ['topic', 'suicide'],
      ['region', 'IE'],
    ]);
    expect(attributesOf(everything)).to.deep.equal([
      ['topic', 'domestic-abuse sexual-violence'],
      ['region', 'GB-SCT'],
      ['lines', 'samaritans national-domestic-abuse-helpline'],
      ['audience', 'survivor'],
      ['lang', 'cy'],
      ['variant', 'compact'],
      ['heading', 'Help & "support" <now>'],
      ['heading-level', '4'],
      ['quick-exit', ''],
      ['exit-url', 'https://www.bbc.co.uk/weather'],
      ['report-url', 'https://gazette.example/corrections?story=1'],
    ]);
  });

  it('suggests quick exit for domestic abuse, sexual violence and stalking, until the editor chooses', () => {
    expect(quickExitOn({ ...defaults(), topics: ['suicide'] })).to.equal(false);
    expect(quickExitOn({ ...defaults(), topics: ['suicide', 'domestic-abuse'] })).to.equal(true);
    expect(quickExitOn({ ...defaults(), topics: ['stalking'] })).to.equal(true);
    expect(quickExitOn({ ...defaults(), topics: ['sexual-violence'], quickExit: false })).to.equal(false);
    expect(quickExitOn({ ...defaults(), topics: ['auto'] }, ['domestic-abuse'])).to.equal(true);
    expect(attributesOf({ ...defaults(), topics: ['domestic-abuse'] })).to.deep.equal([
      ['topic', 'domestic-abuse'],
      ['quick-exit', ''],
    ]);
  });

  it('leaves out an exit address while quick exit is off', () => {
    expect(attributesOf({ ...defaults(), exitUrl: 'https://www.bbc.co.uk/weather' })).to.deep.equal([]);
  });

  it('says what it cannot use in an address and falls back to the defaults', () => {
    const { config, complaints } = read(
      'topic=suicide+kittens&region=FR&lines=samaritans+no-such-line&audience=cats&lang=xx&variant=huge&heading-level=9&exit-url=http://x.example&at=tomorrow&zone=Mars/Base',
    );
    expect(config.topics).to.deep.equal(['suicide']);
    expect(config.region).to.equal('');
    expect(config.lines).to.deep.equal(['samaritans']);
    expect([config.audience, config.lang, config.variant, config.headingLevel, config.exitUrl, config.at, config.zone]).to.deep.equal(['', '', 'full', 2, '', 'now', '']);
    expect(complaints).to.have.length(10);
    expect(complaints[0]).to.equal('topic "kittens" is not known; left out');
    expect(complaints).to.include('line id "no-such-line" is not in the directory; left out');
  });

  it('reads a snippet\'s attributes with the same rules, and says which attributes it does not set', () => {
    const { config, complaints, unknown } = configFromAttributes(
      [
        ['topic', 'suicide'],
        ['region', 'ie'],
        ['lines', 'samaritans-ie ghost-line'],
        ['src', '/my-directory.json'],
      ],
      context,
    );
    expect(config).to.deep.include({ topics: ['suicide'], region: 'IE', lines: ['samaritans-ie'], quickExit: false, script: DEFAULT_SCRIPT });
    expect(complaints).to.deep.equal(['line id "ghost-line" is not in the directory; left out']);
    expect(unknown).to.deep.equal(['src']);
  });
});
