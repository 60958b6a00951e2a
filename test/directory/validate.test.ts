import { expect } from '@open-wc/testing';
import { bundledDirectory } from '../../src/directory/bundled.js';
import { formatProblem, MAX_LINES, MIN_LINE_VALUES, parseDirectory } from '../../src/directory/validate.js';
import type { Directory } from '../../src/directory/schema.js';
import { whilePolluted, withIndexAccessor } from '../support/pollution.js';

const copy = (): Directory => structuredClone(bundledDirectory);
const messages = (input: unknown) => parseDirectory(input).problems.map(formatProblem);
/** Where a line sits in the bundled directory, whose order is curated and changes. */
const at = (dir: Directory, id: string) => dir.lines.findIndex((line) => line.id === id);

describe('parseDirectory', () => {
  it('accepts the shipped directory with no problem', () => {
    const result = parseDirectory(bundledDirectory);
    expect(result.problems).to.deep.equal([]);
    expect(result.directory?.lines.length).to.equal(bundledDirectory.lines.length);
  });

  it('rejects a javascript: URL and names the place and the line', () => {
    const dir = copy();
    const i = at(dir, 'ceop');
    dir.lines[i].contacts[0].value = 'javascript:alert(1)';
    const result = parseDirectory(dir);
    expect(result.problems.map(formatProblem)).to.deep.equal([
      `$.lines[${i}].contacts[0].value (line "ceop"): must be an absolute https:// URL`,
    ]);
    expect(result.directory?.lines.map((l) => l.id)).not.to.include('ceop');
  });

  it('rejects an http source', () => {
    const dir = copy();
    const i = at(dir, 'nspcc-helpline');
    dir.lines[i].source = 'http://example.org/';
    expect(messages(dir)).to.deep.equal([`$.lines[${i}].source (line "nspcc-helpline"): must be an absolute https:// URL`]);
  });

  it('rejects a phone number that is not E.164 or a short code', () => {
    const dir = copy();
    const i = at(dir, 'nspcc-helpline');
    dir.lines[i].contacts[0].value = '0808 800 5000';
    expect(messages(dir)[0]).to.match(new RegExp(`^\\$\\.lines\\[${i}\\]\\.contacts\\[0\\]\\.value \\(line "nspcc-helpline"\\): must be E\\.164`));
  });

  it('refuses the whole directory for a repeated line id, whichever of the two would have won', () => {
    const dir = copy();
    dir.lines.push({ ...dir.lines[at(dir, 'childline')] });
    const result = parseDirectory(dir);
    expect(result.problems.map(formatProblem)).to.deep.equal([
      `$.lines[${dir.lines.length - 1}].id (line "childline"): repeats the line id "childline"; ids must be unique`,
    ]);
    expect(result.directory).to.equal(null);
  });

  it('rejects a line that names an unknown topic', () => {
    const dir = copy();
    const i = at(dir, 'childline');
    const t = dir.lines[i].topics.push('knitting') - 1;
    expect(messages(dir)).to.deep.equal([
      `$.lines[${i}].topics[${t}] (line "childline"): names the topic "knitting", which is not in the topics list`,
    ]);
  });

  it('reports a region without an emergency line', () => {
    const dir = copy();
    dir.lines = dir.lines.filter((l) => l.id !== 'gb-emergency');
    expect(messages(dir)).to.deep.equal(['$.regions[0]: region "GB" has no emergency line; every region must have one']);
  });

  it('reports a missing field in plain words', () => {
    const i = at(bundledDirectory, 'gb-police-non-emergency');
    const dir = copy() as unknown as { lines: Record<string, unknown>[] };
    delete dir.lines[i]['verified'];
    expect(messages(dir)).to.deep.equal([`$.lines[${i}].verified (line "gb-police-non-emergency"): is missing (expected string)`]);
  });

  it('reports an unknown contact type', () => {
    const i = at(bundledDirectory, 'gb-police-non-emergency');
    const dir = copy() as unknown as { lines: { contacts: { type: string }[] }[] };
    dir.lines[i].contacts[0].type = 'pigeon';
    expect(messages(dir)[0]).to.equal(`$.lines[${i}].contacts[0].type (line "gb-police-non-emergency"): has an unknown "type"`);
  });

  it('gives no directory for input that is not a directory, without throwing', () => {
    for (const input of [null, 42, 'text', [], {}, { version: 2 }]) {
      const result = parseDirectory(input);
      expect(result.directory).to.equal(null);
      expect(result.problems.length).to.be.greaterThan(0);
    }
  });

  it('refuses more lines than a directory can hold at once, before reading any of them', () => {
    let read = 0;
    const lines = new Array<unknown>(MAX_LINES + 1).fill(1);
    Object.defineProperty(lines, 0, { get: () => ++read, enumerable: true });
    const result = parseDirectory({ ...copy(), lines });
    expect(result.directory).to.equal(null);
    expect(result.problems).to.deep.equal([{ path: '$.lines', message: `has ${(MAX_LINES + 1).toLocaleString('en-GB')} lines, more than a directory can hold (52,631)` }]);
    expect(read).to.equal(0);
  });

  it('keeps every line and number, none of a getter’s, on a page with an accessor on Array.prototype[0] or Object.prototype[0]', () => {
    // Such a page breaks every `list.push` (Lit's too, so no box renders there); the checker's lines are
    // its own, each defined in place, so the accessor's fake line never stands in for the first one.
    const view = (directory: Directory | null) => directory?.lines.map((line) => [line.id, [...line.topics], line.contacts.map((c) => c.value)]);
    const clean = view(parseDirectory(copy()).directory);
    for (const target of [Array.prototype, Object.prototype]) {
      const { result } = withIndexAccessor(target, () => {
        const parsed = parseDirectory(copy());
        // Read while the accessor is there: a hole would read its fake line.
        return { view: view(parsed.directory), topics: parsed.directory?.topics.map((topic) => topic.id) };
      });
      expect(result.view).to.deep.equal(clean);
      expect(result.topics).to.deep.equal(bundledDirectory.topics.map((topic) => topic.id));
    }
  });

  it('keeps every line on a page that made every object iterable (Object.prototype[Symbol.iterator])', () => {
    const clean = parseDirectory(copy()).directory!.lines.map((line) => line.id);
    const iterator = function* (this: object) {
      yield* Object.entries(this);
    };
    Object.defineProperty(Object.prototype, Symbol.iterator, { value: iterator, writable: true, configurable: true });
    let ids: string[] | undefined;
    try {
      ids = parseDirectory(copy()).directory?.lines.map((line) => line.id);
    } finally {
      delete (Object.prototype as unknown as Record<symbol, unknown>)[Symbol.iterator];
    }
    expect(ids).to.deep.equal(clean);
  });

  it('refuses an address in capitals on a page that set Object.prototype.normalize, as on any other', () => {
    const dir = copy();
    const i = at(bundledDirectory, 'gb-police-non-emergency');
    (dir.lines[i] as { source: string }).source = 'HTTPS://EXAMPLE.ORG';
    const clean = messages(dir);
    expect(clean.length).to.be.greaterThan(0);
    expect(whilePolluted('Object.prototype', 'normalize', true, () => messages(dir))).to.deep.equal(clean);
  });

  it('leaves out a line zod accepts only because a page switched its checks off (a `when` on Object.prototype)', () => {
    const dir = copy();
    const i = at(bundledDirectory, 'gb-police-non-emergency');
    (dir.lines[i] as { source: string }).source = 'https://exa mple.org/';
    const result = whilePolluted('Object.prototype', 'when', () => false, () => parseDirectory(dir));
    expect(result.problems.map(formatProblem)).to.deep.equal([
      `$.lines[${i}] (line "gb-police-non-emergency"): is not valid: the two checks of this value disagree, as they do when a script on this page has changed Object.prototype; it was left out`,
    ]);
    expect(result.directory?.lines.length).to.equal(bundledDirectory.lines.length - 1);
  });

  it('never throws on a page that put `error` on Object.prototype (zod calls it while wording a problem)', () => {
    const badTop = { ...copy(), version: 2 };
    const badLine = copy();
    const i = at(bundledDirectory, 'gb-police-non-emergency');
    // An enum with no message of its own: zod looks for one, and finds the page's.
    (badLine.lines[i] as { urgency: string }).urgency = 'sometimes';
    const top = whilePolluted('Object.prototype', 'error', true, () => parseDirectory(badTop));
    expect(top.directory).to.equal(null);
    expect(top.problems).to.have.length(1);
    expect(top.problems[0].message).to.match(/^cannot be read: /);
    // A bad line is left out, with a message, and the others are kept.
    const line = whilePolluted('Object.prototype', 'error', true, () => parseDirectory(badLine));
    expect(line.problems).to.have.length(1);
    expect(formatProblem(line.problems[0])).to.match(new RegExp(`^\\$\\.lines\\[${i}\\] \\(line "gb-police-non-emergency"\\): is not valid, and its problems could not be worded`));
    expect(line.directory?.lines.length).to.equal(bundledDirectory.lines.length - 1);
    // Bad hours are dropped and the line kept with its number, as on any page.
    const badHours = copy();
    const e = at(bundledDirectory, 'gb-emergency');
    (badHours.lines[e] as { hours: { timeZone: unknown } }).hours.timeZone = 5;
    const hours = whilePolluted('Object.prototype', 'error', true, () => parseDirectory(badHours));
    expect(hours.problems.map(formatProblem)).to.deep.equal([
      `$.lines[${e}].hours (line "gb-emergency"): is not valid, and its problems could not be worded: a script on this page has changed Object.prototype (these hours were ignored; the line is shown without them)`,
    ]);
    expect(hours.directory?.lines.find((kept) => kept.id === 'gb-emergency')?.contacts[0].value).to.equal('999');
  });

  it('refuses a directory too deep or too large to read, in one problem, without throwing', () => {
    const deep: Record<string, unknown> = {};
    let at = deep;
    for (let i = 0; i < 30; i++) at = at['next'] = {};
    const cyclic: Record<string, unknown> = { ...copy() };
    cyclic['self'] = cyclic;
    const [first] = copy().lines;
    // One line of a million topics: too large, found by the line's own check, not by a copy of the whole.
    const huge = { ...copy(), lines: [...copy().lines, { ...first, id: 'huge-line', topics: new Array<string>(1_000_001).fill('crime') }] };
    for (const input of [{ ...copy(), extra: deep }, cyclic, huge]) {
      expect(parseDirectory(input)).to.deep.equal({ directory: null, problems: [{ path: '$', message: 'cannot be read: it is nested too deep or is too large' }] });
    }
  });

  it('counts right the fewest values a line can have, which sets how many lines a directory can hold', () => {
    const minimal = {
      id: 'minimal-line',
      name: 'Minimal',
      operator: 'Test',
      eligibility: { en: 'Anyone' },
      topics: ['child-abuse'],
      audiences: ['child'],
      regions: ['GB'],
      urgency: 'support',
      contacts: [{ type: 'web', value: 'https://example.org/' }],
      source: 'https://example.org/',
      verified: '2026-11-28',
    };
    const values = (value: unknown): number =>
      1 + (value !== null && typeof value === 'object' ? Object.values(value).reduce((sum: number, v) => sum + values(v), 0) : 0);
    expect(values(minimal)).to.equal(MIN_LINE_VALUES);
    const withLines = (lines: unknown[]) => parseDirectory({ ...copy(), lines: [...copy().lines, ...lines] });
    expect(withLines([minimal]).problems).to.deep.equal([]);
    // Without any one of its values it is no line at all.
    for (const key of Object.keys(minimal)) {
      const { [key]: _, ...short } = minimal as Record<string, unknown>;
      expect(withLines([short]).problems.length, key).to.be.greaterThan(0);
    }
    for (const key of ['eligibility', 'topics', 'audiences', 'regions', 'contacts'] as const) {
      const emptied = { ...minimal, [key]: key === 'eligibility' ? {} : [] };
      expect(withLines([emptied]).problems.length, key).to.be.greaterThan(0);
    }
    expect(withLines([{ ...minimal, contacts: [{ type: 'web' }] }]).problems.length).to.be.greaterThan(0);
    expect(withLines([{ ...minimal, contacts: [{ value: 'https://example.org/' }] }]).problems.length).to.be.greaterThan(0);
  });
});

describe('parseDirectory: what is shown is what is dialled', () => {
  const withContact = (lineId: string, index: number, change: Record<string, string>) => {
    const dir = copy();
    const i = dir.lines.findIndex((l) => l.id === lineId);
    Object.assign(dir.lines[i].contacts[index], change);
    return { dir, i };
  };

  it('rejects a displayed number whose digits differ from the number dialled', () => {
    const { dir, i } = withContact('nspcc-helpline', 0, { display: '0808 800 5001' });
    const result = parseDirectory(dir);
    expect(result.problems.map(formatProblem)).to.deep.equal([
      `$.lines[${i}].contacts[0].display (line "nspcc-helpline"): shows "0808 800 5001" but dials +448088005000; the digits must match`,
    ]);
    expect(result.directory?.lines.map((l) => l.id)).not.to.include('nspcc-helpline');
  });

  it('rejects a short code shown as another number', () => {
    const { dir, i } = withContact('gb-police-non-emergency', 0, { display: '111' });
    expect(messages(dir)).to.deep.equal([
      `$.lines[${i}].contacts[0].display (line "gb-police-non-emergency"): shows "111" but dials 101; the digits must match`,
    ]);
  });

  it('rejects an email shown as another address', () => {
    const { dir, i } = withContact('nspcc-helpline', 1, { display: 'help@nspcc.example' });
    expect(messages(dir)).to.deep.equal([
      `$.lines[${i}].contacts[1].display (line "nspcc-helpline"): shows the address "help@nspcc.example" but writes to help@nspcc.org.uk; they must be the same`,
    ]);
  });

  it('accepts national, international and lettered forms of the same number', () => {
    for (const [value, display] of [
      ['+448088005000', '0808 800 5000'],
      ['+448088005000', '+44 808 800 5000'],
      ['+18004224453', '1-800-422-4453'],
      ['+18887738368', '1-888-PREVENT (1-888-773-8368)'],
      ['+35312345678', '01 234 5678'],
    ] as const) {
      const { dir } = withContact('nspcc-helpline', 0, { value, display });
      // The short-code and region rules do not apply to E.164 values; only the display check could fail here.
      expect(messages(dir).filter((m) => m.includes('digits must match')), display).to.deep.equal([]);
    }
  });
});
