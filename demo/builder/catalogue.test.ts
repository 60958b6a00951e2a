import { expect } from '@open-wc/testing';
import { bundledDirectory } from '../../src/directory/bundled.js';
import { channels, dayRanges, hoursInWords, isAlwaysOpen, lineHours, searchLines } from './catalogue.js';
import { INSTANT_PRESETS, regionZone, resolveInstant, describeInstant } from './instant.js';
import { suggestTopics } from './suggest.js';

const line = (id: string) => bundledDirectory.lines.find((l) => l.id === id)!;

describe('configurator catalogue', () => {
  it('writes opening hours in words', () => {
    expect(dayRanges(['mon', 'tue', 'wed', 'thu', 'fri'])).to.equal('Mon-Fri');
    expect(dayRanges(['sat', 'sun'])).to.equal('Sat, Sun');
    expect(dayRanges(['mon', 'wed', 'thu', 'fri', 'sun'])).to.equal('Mon, Wed-Fri, Sun');
    expect(hoursInWords({ timeZone: 'Europe/London', always: true })).to.equal('24 hours, every day');
    expect(lineHours(line('nspcc-helpline'))).to.deep.equal(['Phone: Mon-Fri 08:00-22:00, Sat, Sun 09:00-18:00 (Europe/London)', 'Email, Report form: any time']);
    expect(lineHours(line('stop-it-now'))[0]).to.match(/^Phone.*: hours not in the directory/);
  });

  it('tells 24-hour lines by the channel the box reports', () => {
    expect(isAlwaysOpen(line('samaritans'))).to.equal(true);
    expect(isAlwaysOpen(line('childline'))).to.equal(true);
    expect(isAlwaysOpen(line('nspcc-helpline'))).to.equal(false);
  });

  it('lists numbers as published and web channels by their site', () => {
    expect(channels(line('nspcc-helpline'))).to.deep.equal([
      { channel: 'Phone', value: '0808 800 5000', label: null, href: null },
      { channel: 'Email', value: 'help@nspcc.org.uk', label: null, href: null },
      { channel: 'Report form', value: 'www.nspcc.org.uk', label: null, href: 'https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/report/' },
    ]);
  });

  it('finds lines by name, number with or without spaces, region name and topic', () => {
    const ids = (query: string) => searchLines(bundledDirectory, query).map((l) => l.id);
    expect(ids('samaritans ireland')).to.deep.equal(['samaritans-ie']);
    expect(ids('08088005000')).to.deep.equal(['nspcc-helpline']);
    expect(ids('0808 800 5000')).to.deep.equal(['nspcc-helpline']);
    // "rape" is in the topic "Rape and sexual violence": Australia's lines for it, in the directory's order.
    expect(ids('rape australia')).to.deep.equal(['au-emergency', '1800respect', 'lifeline-au', 'au-police-non-urgent']);
    expect(ids('')).to.have.length(bundledDirectory.lines.length);
  });
});

describe('configurator preview instants', () => {
  // Wednesday 2 December 2026, 12:00 in London.
  const NOW = Date.parse('2026-12-02T12:00:00Z');

  it('finds the next Saturday 23:00 in the reader\'s zone', () => {
    expect(Object.keys(INSTANT_PRESETS)).to.include('sat-2300');
    expect(new Date(resolveInstant('sat-2300', 'Europe/London', NOW)!).toISOString()).to.equal('2026-12-05T23:00:00.000Z');
    expect(new Date(resolveInstant('sat-2300', 'Australia/Sydney', NOW)!).toISOString()).to.equal('2026-12-05T12:00:00.000Z');
    // The same weekday, later: the next week's.
    expect(new Date(resolveInstant('wed-1200', 'Europe/London', NOW)!).toISOString()).to.equal('2026-12-09T12:00:00.000Z');
    expect(resolveInstant('now', 'Europe/London', NOW)).to.equal(null);
  });

  it('reads a written wall time in the reader\'s zone, and says it in words', () => {
    const at = resolveInstant('2026-07-04T09:30', 'Europe/Dublin', NOW)!;
    expect(new Date(at).toISOString()).to.equal('2026-07-04T08:30:00.000Z');
    expect(describeInstant(at, 'Europe/Dublin')).to.equal('Saturday 4 July 2026, 09:30');
  });

  it('takes a region\'s zone from its emergency line\'s hours', () => {
    expect(regionZone(bundledDirectory, 'IE')).to.equal('Europe/Dublin');
    expect(regionZone(bundledDirectory, 'GB-SCT')).to.equal('Europe/London');
    expect(regionZone(bundledDirectory, 'AU')).to.equal('Australia/Sydney');
  });
});

describe('configurator story suggestions', () => {
  it('suggests topics with the phrases that decided them', () => {
    const story = 'Teacher jailed for grooming pupils\nA teacher who groomed a 14-year-old girl online has been jailed. Police said the child had been safeguarded.';
    const [first] = suggestTopics(story, 'en', bundledDirectory);
    expect(first?.topic).to.equal('child-sexual-abuse');
    expect(first?.evidence.length).to.be.greaterThan(0);
    expect(first?.inDirectory).to.equal(true);
    expect(suggestTopics('', 'en', bundledDirectory)).to.deep.equal([]);
  });
});
