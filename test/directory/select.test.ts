import { expect } from '@open-wc/testing';
import { bundledDirectory } from '../../src/directory/bundled.js';
import { selectLines, tokens } from '../../src/directory/select.js';
import { ownData } from '../../src/directory/own.js';
import type { Directory, Line } from '../../src/directory/schema.js';

const ids = (query: Parameters<typeof selectLines>[1]) => selectLines(bundledDirectory, query).lines.map((l) => l.id);

describe('selectLines', () => {
  it('gives the seed story 999, 101, NSPCC, Childline and Stop It Now, then the reporting services', () => {
    expect(ids({ topics: ['child-sexual-abuse'], region: 'GB-ENG' })).to.deep.equal([
      'gb-emergency',
      'gb-police-non-emergency',
      'nspcc-helpline',
      'childline',
      'stop-it-now',
      'ceop',
      'iwf',
    ]);
  });

  it('leaves out lines that do not serve the topic', () => {
    expect(ids({ topics: ['child-abuse'], region: 'GB' })).to.deep.equal([
      'gb-emergency',
      'gb-police-non-emergency',
      'nspcc-helpline',
      'childline',
    ]);
  });

  it('serves a nation with its country lines', () => {
    const selection = selectLines(bundledDirectory, { topics: ['child-abuse'], region: 'GB-SCT' });
    expect(selection.region).to.equal('GB-SCT');
    expect(selection.lines[0]?.id).to.equal('gb-emergency');
    expect(selection.warnings).to.deep.equal([]);
  });

  it('shows the lines an editor picked in the editor order, after the emergency line', () => {
    expect(ids({ lines: ['stop-it-now', 'crimestoppers'], topics: ['child-abuse'], region: 'GB' })).to.deep.equal(['gb-emergency', 'stop-it-now', 'crimestoppers']);
  });

  it('brings a picked line\'s partner with it: the NSPCC\'s adult line and Childline are offered together', () => {
    expect(ids({ lines: ['stop-it-now', 'nspcc-helpline'], region: 'GB' })).to.deep.equal(['gb-emergency', 'stop-it-now', 'nspcc-helpline', 'childline']);
    // Picked alone, Childline keeps its place and the NSPCC follows it.
    expect(ids({ lines: ['childline'], region: 'GB' })).to.deep.equal(['gb-emergency', 'childline', 'nspcc-helpline']);
  });

  it('keeps the emergency line first even when an editor lists it last', () => {
    expect(ids({ lines: ['crimestoppers', 'gb-emergency'] })).to.deep.equal(['gb-emergency', 'crimestoppers']);
  });

  it('leaves out picked lines that do not serve the reader region, another country emergency line above all', () => {
    const selection = selectLines(bundledDirectory, { lines: ['us-emergency', 'au-emergency', '988-lifeline', 'crimestoppers'], region: 'GB' });
    expect(selection.lines.map((l) => l.id)).to.deep.equal(['gb-emergency', 'crimestoppers']);
    expect(selection.warnings).to.deep.equal([
      'line "us-emergency" does not serve region "GB"; it was left out',
      'line "au-emergency" does not serve region "GB"; it was left out',
      'line "988-lifeline" does not serve region "GB"; it was left out',
    ]);
  });

  it('keeps a picked line of the reader nation or country, and leaves out another nation line', () => {
    // Samaritans comes with its Welsh-language line: the two are offered together.
    // Picked alone, the Welsh line keeps its place and Samaritans follows it.
    expect(ids({ lines: ['samaritans-welsh', 'crimestoppers'], region: 'GB-WLS' })).to.deep.equal(['gb-emergency', 'samaritans-welsh', 'samaritans', 'crimestoppers']);
    const scotland = selectLines(bundledDirectory, { lines: ['rape-crisis-support-line', 'samaritans-welsh', 'crimestoppers'], region: 'GB-SCT' });
    expect(scotland.lines.map((l) => l.id)).to.deep.equal(['gb-emergency', 'crimestoppers']);
    expect(scotland.warnings).to.deep.equal([
      'line "rape-crisis-support-line" does not serve region "GB-SCT"; it was left out',
      'line "samaritans-welsh" does not serve region "GB-SCT"; it was left out',
    ]);
  });

  it('judges picked lines by the default region when the box names none', () => {
    expect(ids({ lines: ['ispcc-childline', 'crimestoppers'] })).to.deep.equal(['gb-emergency', 'crimestoppers']);
  });

  it('warns about unknown line ids and still shows the emergency line', () => {
    const selection = selectLines(bundledDirectory, { lines: ['no-such-line'], region: 'GB' });
    expect(selection.lines.map((l) => l.id)).to.deep.equal(['gb-emergency']);
    expect(selection.warnings).to.deep.equal(['line "no-such-line" is not in the directory; it was left out']);
  });

  it('warns about unknown topics and keeps the known ones', () => {
    const selection = selectLines(bundledDirectory, { topics: ['knitting', 'child-abuse'], region: 'GB' });
    expect(selection.lines.map((l) => l.id)).to.include('nspcc-helpline');
    expect(selection.warnings).to.deep.equal(['topic "knitting" is not in the directory; it was ignored']);
  });

  it('shows only the emergency line when every topic is unknown', () => {
    const selection = selectLines(bundledDirectory, { topics: ['knitting'], region: 'GB' });
    expect(selection.lines.map((l) => l.id)).to.deep.equal(['gb-emergency']);
  });

  it('falls back to the default region for a region the directory does not know', () => {
    const selection = selectLines(bundledDirectory, { topics: ['child-abuse'], region: 'ZZ' });
    expect(selection.region).to.equal('GB');
    expect(selection.lines[0]?.id).to.equal('gb-emergency');
    expect(selection.warnings[0]).to.contain('region "ZZ" is not in the directory');
  });

  it('reads a lower-case region', () => {
    expect(selectLines(bundledDirectory, { topics: ['child-abuse'], region: 'gb-wls' }).region).to.equal('GB-WLS');
  });

  it('gives children Childline ahead of the adults line, which is offered with it', () => {
    const found = ids({ topics: ['child-sexual-abuse'], region: 'GB', audience: 'child' });
    expect(found[0]).to.equal('gb-emergency');
    expect(found.indexOf('childline')).to.be.greaterThan(0);
    // The NSPCC's adult line and Childline are a pair (together): shown both or neither, the child's line first.
    expect(found.indexOf('nspcc-helpline')).to.equal(found.indexOf('childline') + 1);
  });

  it('gives people worried about their own thoughts Stop It Now and not Childline', () => {
    const found = ids({ topics: ['child-sexual-abuse'], region: 'GB', audience: 'worried-about-self' });
    expect(found).to.include('stop-it-now');
    expect(found).not.to.include('childline');
  });

  it('ignores an unknown audience with a warning', () => {
    const selection = selectLines(bundledDirectory, { topics: ['child-abuse'], region: 'GB', audience: 'aliens' });
    expect(selection.lines.map((l) => l.id)).to.include('nspcc-helpline');
    expect(selection.warnings[0]).to.contain('audience "aliens"');
  });

  it('never returns an empty list', () => {
    for (const region of ['', 'GB', 'GB-NIR', 'XX', '!!']) {
      for (const topics of [[], ['child-abuse'], ['nope']]) {
        expect(selectLines(bundledDirectory, { topics, region }).lines.length).to.be.greaterThan(0);
      }
    }
  });

  it('says when a directory has no emergency line for the region, so the caller can show the bundled one', () => {
    expect(selectLines(bundledDirectory, { topics: ['child-abuse'], region: 'GB-SCT' }).emergencyMissing).to.equal(false);
    const withoutOne = { ...bundledDirectory, lines: bundledDirectory.lines.filter((l) => l.id !== 'gb-emergency') };
    const selection = selectLines(withoutOne, { topics: ['child-abuse'], region: 'GB-SCT' });
    expect(selection.emergencyMissing).to.equal(true);
    expect(selection.lines[0]?.urgency).not.to.equal('emergency');
  });

  it('splits attribute values into distinct tokens', () => {
    expect(tokens('  a b\n a  c ')).to.deep.equal(['a', 'b', 'c']);
    expect(tokens(null)).to.deep.equal([]);
  });
});

describe('selectLines: bounds', () => {
  const many = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

  it('reads at most 50 tokens of an attribute, and one more so the selection can say so', () => {
    const found = tokens(many(100_000, 'topic').join(' '));
    expect(found).to.have.length(51);
    expect(found[50]).to.equal('topic-50');
  });

  it('gives 100,000 unknown topics two warnings, not 100,000, and the emergency line', () => {
    for (const topics of [tokens(many(100_000, 'knitting').join(' ')), many(100_000, 'knitting')]) {
      const selection = selectLines(bundledDirectory, { topics, region: 'GB' });
      expect(selection.lines.map((l) => l.id)).to.deep.equal(['gb-emergency']);
      expect(selection.warnings).to.have.length(2);
      expect(selection.warnings[0]).to.equal('more than 50 topics were given; only the first 50 were read');
      expect(selection.warnings[1]).to.match(/^topics "knitting-0", "knitting-1", .*"knitting-49" are not in the directory; they were ignored$/);
    }
  });

  it('gives 100,000 unknown line ids two warnings, and keeps a known one among the first 50', () => {
    const selection = selectLines(bundledDirectory, { lines: ['crimestoppers', ...many(100_000, 'nope')], region: 'GB' });
    expect(selection.lines.map((l) => l.id)).to.deep.equal(['gb-emergency', 'crimestoppers']);
    expect(selection.warnings).to.have.length(2);
    expect(selection.warnings[0]).to.equal('more than 50 line ids were given; only the first 50 were read');
    expect(selection.warnings[1]).to.match(/^lines "nope-0", .*"nope-48" are not in the directory; they were left out$/);
  });

  it('shows at most 30 lines, the emergency line first, with one warning', () => {
    const big = structuredClone(bundledDirectory);
    const nspcc = big.lines.find((l) => l.id === 'nspcc-helpline')!;
    big.lines.push(...many(40, 'helpline').map((id) => ({ ...nspcc, id })));
    const selection = selectLines(big, { topics: ['child-abuse'], region: 'GB' });
    expect(selection.lines).to.have.length(30);
    expect(selection.lines[0].id).to.equal('gb-emergency');
    expect(selection.warnings).to.deep.equal(['44 lines were chosen; only the first 30 are shown']);
  });
});

/** A small directory for the ordering rules: a UK-wide line, a Scottish one, and a pair. */
function nationsDirectory(): Directory {
  const line = (id: string, regions: string[], extra: Partial<Line> = {}): Line => ({
    id,
    name: id,
    operator: 'Test',
    eligibility: { en: 'Anyone' },
    topics: ['suicide'],
    audiences: ['worried-about-self'],
    regions,
    urgency: 'crisis',
    contacts: [{ type: 'phone', value: '+441234567890', display: '01234 567890' }],
    source: 'https://example.org/',
    verified: '2026-11-29',
    ...extra,
  });
  return {
    version: 1,
    defaultRegion: 'GB',
    topics: [{ id: 'suicide', label: { en: 'Suicide' } }, { id: 'mental-health', label: { en: 'Mental health' } }],
    regions: [{ id: 'GB', name: { en: 'UK' }, shortCodes: ['999'] }, { id: 'GB-SCT', name: { en: 'Scotland' } }, { id: 'GB-WLS', name: { en: 'Wales' } }],
    lines: [
      line('gb-emergency', ['GB'], { urgency: 'emergency', contacts: [{ type: 'phone', value: '999', display: '999' }] }),
      line('uk-wide', ['GB']),
      line('samaritans', ['GB'], { together: ['samaritans-welsh'] }),
      line('scottish', ['GB-SCT']),
      line('samaritans-welsh', ['GB-WLS']),
    ],
  };
}

describe('selectLines: a nation\'s own lines, and lines offered together', () => {
  const ids = (region: string, query: { topics?: string[]; lines?: string[] } = { topics: ['suicide'] }) =>
    selectLines(nationsDirectory(), { ...query, region }).lines.map((l) => l.id);

  it('puts a nation\'s own line ahead of UK-wide lines, keeping the directory order within each', () => {
    expect(ids('GB-SCT')).to.deep.equal(['gb-emergency', 'scottish', 'uk-wide', 'samaritans']);
    expect(ids('GB')).to.deep.equal(['gb-emergency', 'uk-wide', 'samaritans']);
  });

  it('shows a line and its partner together where both serve the region and the topic', () => {
    // The Welsh line is Wales's own, so the pair it belongs to leads, Samaritans first.
    expect(ids('GB-WLS')).to.deep.equal(['gb-emergency', 'samaritans', 'samaritans-welsh', 'uk-wide']);
    // A partner for another topic stays out: Childline is in a suicide box, the NSPCC's adult line is not.
    const suicide = selectLines(bundledDirectory, { topics: ['suicide'], region: 'GB-ENG' }).lines.map((l) => l.id);
    expect(suicide).to.include('childline');
    expect(suicide).not.to.include('nspcc-helpline');
    // In Scotland the Welsh-language line does not serve, so Samaritans shows alone.
    expect(ids('GB-SCT')).not.to.include('samaritans-welsh');
  });

  it('shows a box of several topics in the directory order, each line once, whichever topic names it', () => {
    const directory = nationsDirectory();
    const [emergency, ukWide] = directory.lines as [Line, Line];
    const topical = (id: string, topics: string[]): Line => ({ ...ukWide, id, topics });
    // Twelve lines, so that positions 10 and 11 would sort before 2 as text.
    directory.lines = [
      emergency,
      topical('mental-health-first', ['mental-health']),
      // A line that names a topic twice, and both topics.
      topical('both', ['suicide', 'mental-health', 'suicide']),
      ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((letter) => topical(`filler-${letter}`, ['other'])),
      topical('suicide-late', ['suicide']),
      topical('mental-health-late', ['mental-health']),
    ];
    const expected = ['gb-emergency', 'mental-health-first', 'both', 'suicide-late', 'mental-health-late'];
    // Unfrozen, the directory is indexed at each selection; frozen, once (select.ts).
    for (const given of [directory, ownData(directory)]) {
      const ids = (topics: string[]) => selectLines(given, { topics, region: 'GB' }).lines.map((l) => l.id);
      expect(ids(['suicide', 'mental-health'])).to.deep.equal(expected);
      expect(ids(['mental-health', 'suicide'])).to.deep.equal(expected);
      expect(ids(['suicide'])).to.deep.equal(['gb-emergency', 'both', 'suicide-late']);
    }
  });

  it('never offers the emergency line as one of a topic\'s lines: an audience only it serves leaves the box as it was', () => {
    const directory = nationsDirectory();
    const [emergency, ...rest] = directory.lines as [Line, ...Line[]];
    directory.lines = [{ ...emergency, audiences: ['child'] }, ...rest];
    const ids = (audience?: string) => selectLines(ownData(directory), { topics: ['suicide'], region: 'GB', audience }).lines.map((l) => l.id);
    expect(ids('child')).to.deep.equal(ids());
    expect(ids()).to.deep.equal(['gb-emergency', 'uk-wide', 'samaritans']);
  });

  it('reads a caller\'s directory afresh when it has changed since the last box, even with its lines frozen', () => {
    const directory = nationsDirectory();
    const [emergency, ukWide] = directory.lines as [Line, Line];
    const given = { ...directory, lines: Object.freeze([emergency, ukWide]) as Line[] };
    expect(selectLines(given, { topics: ['suicide'], region: 'GB' }).lines.map((l) => l.id)).to.deep.equal(['gb-emergency', 'uk-wide']);
    given.lines = Object.freeze([{ ...emergency, id: 'new-emergency' }, { ...ukWide, id: 'mental-health-line', topics: ['mental-health'] }, ukWide]) as Line[];
    expect(selectLines(given, { topics: ['suicide'], region: 'GB' }).lines.map((l) => l.id)).to.deep.equal(['new-emergency', 'uk-wide']);
    // A line's own topics, changed in place inside the frozen list.
    (given.lines[1] as { topics: string[] }).topics.push('suicide');
    expect(selectLines(given, { topics: ['suicide'], region: 'GB' }).lines.map((l) => l.id)).to.deep.equal(['new-emergency', 'mental-health-line', 'uk-wide']);
  });

  it('orders and picks lines as on a clean page when the page made every object iterable (Object.prototype[Symbol.iterator])', () => {
    const query = { topics: ['self-harm', 'suicide'], region: 'GB-SCT' };
    const clean = selectLines(bundledDirectory, query);
    const iterator = function* (this: object) {
      yield* Object.entries(this);
    };
    Object.defineProperty(Object.prototype, Symbol.iterator, { value: iterator, writable: true, configurable: true });
    let polluted: ReturnType<typeof selectLines> | string;
    try {
      polluted = selectLines(bundledDirectory, query);
    } catch (error) {
      polluted = String(error);
    } finally {
      delete (Object.prototype as unknown as Record<symbol, unknown>)[Symbol.iterator];
    }
    expect(polluted).to.deep.equal(clean);
    expect(clean.lines.length).to.be.greaterThan(3);
  });

  it('brings the partner of a line an editor picks right after it; a partner picked alone keeps its place', () => {
    expect(ids('GB-WLS', { lines: ['samaritans', 'uk-wide'] })).to.deep.equal(['gb-emergency', 'samaritans', 'samaritans-welsh', 'uk-wide']);
    expect(ids('GB-WLS', { lines: ['samaritans-welsh'] })).to.deep.equal(['gb-emergency', 'samaritans-welsh', 'samaritans']);
  });
});
