/**
 * The compiled check (compiled.ts) must give zod's verdict on every line, and
 * zod's output, copied: it decides which lines a box may show without zod ever
 * seeing them. Each line of the directory is edited at every place it holds a
 * value, in every way that matters to a check (deleted, another type, empty,
 * padded, script-like), and the two are compared on each edit.
 */
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { bundledDirectory } from '../../src/directory/bundled.js';
import { compile, REFUSED } from '../../src/directory/compiled.js';
import { Budget, ownData } from '../../src/directory/own.js';
import { lineSchema } from '../../src/directory/schema.js';
import { withIndexAccessor } from '../support/pollution.js';
import { mutate, paths, type Json } from '../support/fuzz-directory.js';

const quickLine = compile(lineSchema);

/** A value as text, its fields in order, a field that is there but undefined written out (JSON would drop it). */
const shown = (value: unknown): string => JSON.stringify(value, (_, item: unknown) => (item === undefined ? '(undefined)' : item));

/** Both checks on one value: zod's output and the compiled copy, as text, or null where refused. */
function verdicts(value: unknown, schema: z.core.$ZodType = lineSchema, check = quickLine): { zod: string | null; compiled: string | null } {
  const parsed = z.safeParse(schema, value);
  const copy = check(value, new Budget());
  return { zod: parsed.success ? shown(parsed.data) : null, compiled: copy === REFUSED ? null : shown(copy) };
}

const EDITS: (Json | undefined)[] = [undefined, null, 0, 1.5, true, false, '', '   ', ' padded ', 'x', [], [''], {}, { en: 'x' }, 'javascript:alert(1)', 'https://example.org/', '+448088005000', '2026-02-30', '2026-12-24T18:00:00Z', '24:00', 'phone', 'web'];

const lines = bundledDirectory.lines.map((line) => JSON.parse(JSON.stringify(line)) as Json);

/**
 * Lines with what the directory's own lines lack today, so that every part of
 * the schema is edited: an alert with both forms of date (the one union
 * without a key), dated exceptions closed and with sessions, `active`, and a
 * second language.
 */
const enriched = lines.slice(0, 6).map((line, i) => {
  const copy = structuredClone(line) as Record<string, Json>;
  copy['alerts'] = [{ text: { en: 'Phone lines close early', cy: 'Llinellau ffôn yn cau yn gynnar' }, from: '2026-12-24T12:00:00Z', until: '2026-12-27' }];
  copy['active'] = i % 2 === 0;
  copy['eligibility'] = { ...(copy['eligibility'] as Record<string, Json>), cy: 'Unrhyw un' };
  const hours = (copy['hours'] as Record<string, Json> | undefined) ?? { timeZone: 'Europe/London', always: true };
  copy['hours'] = { ...hours, exceptions: [{ date: '2026-12-25', closed: true, note: 'Christmas Day' }, { date: '2026-12-26', sessions: [{ opens: '10:00', closes: '14:00' }] }] };
  return copy;
});

describe('the compiled check of a line', () => {
  it('accepts every line of the directory, with exactly zod’s output', () => {
    for (const line of lines) {
      const { zod, compiled } = verdicts(line);
      expect(zod, (line as { id: string }).id).to.not.equal(null);
      expect(compiled, (line as { id: string }).id).to.equal(zod);
    }
  });

  it('gives zod’s verdict and output on every edit of every line', () => {
    let refused = 0;
    let compared = 0;
    for (const line of [...lines, ...enriched]) {
      for (const path of paths(line).slice(1)) {
        for (const next of EDITS) {
          const { zod, compiled } = verdicts(mutate(line, path, next));
          if (compiled !== zod) {
            const answer = (copy: string | null) => (copy === null ? 'refuses it' : 'accepts it');
            expect.fail(`${(line as { id: string }).id} with ${path.join('.')} set to ${JSON.stringify(next)}: zod ${answer(zod)}, the compiled check ${answer(compiled)}${zod && compiled ? ' with another output' : ''}`);
          }
          if (zod === null) refused++;
          compared++;
        }
      }
    }
    // The edits must test both answers: most refused, and some (a padded name, a new topic) accepted.
    expect(refused).to.be.greaterThan(compared / 2);
    expect(compared - refused).to.be.greaterThan(1000);
  });

  it('trims text as zod does, and copies into frozen objects without a prototype', () => {
    const line = structuredClone(lines[0]) as Record<string, Json>;
    line['name'] = '  Padded name  ';
    const copy = quickLine(line, new Budget()) as Record<string, unknown> & { contacts: object[] };
    expect(copy['name']).to.equal('Padded name');
    for (const object of [copy, copy.contacts, copy.contacts[0]]) expect(Object.isFrozen(object)).to.equal(true);
    expect(Object.getPrototypeOf(Object.getPrototypeOf(copy))).to.equal(null);
    expect(Object.getPrototypeOf(copy.contacts)).to.equal(Array.prototype);
  });

  it('leaves out fields the schema does not name, as zod does', () => {
    const copy = quickLine({ ...(lines[0] as object), surprise: 'x' }, new Budget()) as Record<string, unknown>;
    expect(Object.hasOwn(copy, 'surprise')).to.equal(false);
  });

  it('reads only own fields: one inherited from a prototype counts as missing', () => {
    const { id, ...rest } = lines[0] as Record<string, Json>;
    const inherits = Object.assign(Object.create({ id }) as object, rest);
    expect(quickLine(inherits, new Budget())).to.equal(REFUSED);
    const withOptional = Object.assign(Object.create({ active: false }) as object, lines[0]);
    expect(Object.hasOwn(quickLine(withOptional, new Budget()) as object, 'active')).to.equal(false);
  });

  it('reads each field once, so a getter cannot answer the check and the copy differently', () => {
    let reads = 0;
    const line = { ...(lines[0] as object) };
    Object.defineProperty(line, 'name', { enumerable: true, get: () => (++reads === 1 ? 'Real name' : '') });
    expect((quickLine(line, new Budget()) as { name: string }).name).to.equal('Real name');
    expect(reads).to.equal(1);
  });

  it('refuses a list with a hole, and never calls a setter a page put on Array.prototype', () => {
    const line = structuredClone(lines[0]) as Record<string, Json[]>;
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point
    line['topics'] = [, 'child-abuse'] as unknown as Json[];
    const { result, swallowed } = withIndexAccessor(Array.prototype, () => quickLine(line, new Budget()));
    expect(result).to.equal(REFUSED);
    const whole = withIndexAccessor(Array.prototype, () => quickLine(lines[0], new Budget()));
    expect(whole.swallowed + swallowed).to.equal(0);
    expect((whole.result as { topics: string[] }).topics).to.deep.equal((lines[0] as { topics: string[] }).topics);
  });

  it('counts the values it copies as ownData counts them, against the directory’s bounds', () => {
    for (const line of lines) {
      const compiled = new Budget();
      compiled.spend(1); // the caller spends the line itself
      quickLine(line, compiled);
      const copied = new Budget();
      ownData(line, copied);
      expect(compiled.left, (line as { id: string }).id).to.equal(copied.left);
    }
  });

  it('stops at the bounds of one directory: a RangeError past a million values', () => {
    const line = { ...(lines[0] as object), topics: new Array<string>(1_000_001).fill('child-abuse') };
    expect(() => quickLine(line, new Budget())).to.throw(RangeError);
  });

  it('keeps an optional field that is there but undefined, and leaves out a language named __proto__, as zod does', () => {
    const line = { ...(lines[0] as object), doubt: undefined, eligibility: JSON.parse('{"en":"Anyone","__proto__":"x"}') as object };
    const { zod, compiled } = verdicts(line);
    expect(compiled).to.equal(zod);
    const copy = quickLine(line, new Budget()) as { eligibility: object };
    expect(Object.hasOwn(copy, 'doubt')).to.equal(true);
    expect(Object.keys(copy.eligibility)).to.deep.equal(['en']);
  });

  it('copies into the language’s own arrays when a page has made Array.prototype.constructor name another', () => {
    const fake = { type: 'phone', value: '+449000000000', display: '09000 000000' };
    const species = function (this: unknown, length: number) {
      const made: unknown[] = [];
      made[length] = fake;
      return made;
    };
    const clean = shown(quickLine(lines[0], new Budget()));
    const descriptor = Object.getOwnPropertyDescriptor(Array.prototype, 'constructor')!;
    Object.defineProperty(Array.prototype, 'constructor', { ...descriptor, value: { [Symbol.species]: species } });
    try {
      expect(shown(quickLine(lines[0], new Budget()))).to.equal(clean);
      expect(shown(ownData(lines[0]))).to.equal(shown(ownData(JSON.parse(JSON.stringify(lines[0])))));
    } finally {
      Object.defineProperty(Array.prototype, 'constructor', descriptor);
    }
    expect([].constructor).to.equal(Array);
  });

  it('checks with zod’s checks as they are, whatever a page put on Object.prototype (a `when` that would switch them off)', () => {
    const bad = { ...(lines[0] as object), source: 'https://exa mple.org/' };
    const check = compile(lineSchema);
    Object.defineProperty(Object.prototype, 'when', { value: () => false, writable: true, configurable: true });
    try {
      expect(check(bad, new Budget())).to.equal(REFUSED);
      expect(quickLine(bad, new Budget())).to.equal(REFUSED);
    } finally {
      delete (Object.prototype as Record<string, unknown>)['when'];
    }
  });

  it('hands a kind of schema it does not walk to zod whole, with the same verdict', () => {
    const schema = z.object({
      pair: z.tuple([z.string(), z.number()]),
      map: z.record(z.string(), z.boolean()),
      // Unions this module leaves to zod: exactly one option, and options that may lack the key.
      one: z.optional(z.xor([z.string().check(z.minLength(1)), z.string().check(z.maxLength(3))])),
      tagged: z.optional(z.discriminatedUnion('kind', [z.object({ kind: z.optional(z.literal('a')) }), z.object({ kind: z.optional(z.literal('b')), b: z.string() })])),
      exact: z.exactOptional(z.string()),
    });
    const check = compile(schema);
    const values = [
      { pair: ['a', 1], map: { x: true } },
      { pair: ['a', 'b'], map: {} },
      { pair: ['a', 1], map: { x: 1 } },
      { pair: ['a', 1], map: {}, one: 'ab' },
      { pair: ['a', 1], map: {}, one: 'abcd' },
      { pair: ['a', 1], map: {}, tagged: {} },
      { pair: ['a', 1], map: {}, exact: undefined },
      { pair: ['a', 1], map: {}, exact: 'x' },
    ];
    for (const value of values) expect(verdicts(value, schema, check).compiled, shown(value)).to.equal(verdicts(value, schema, check).zod);
  });
});
