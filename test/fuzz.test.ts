import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/define.js';
import type { HelplineBox } from '../src/components/helpline-box/helpline-box.js';
import { bundledDirectory } from '../src/bundled.js';
import { parseDirectory } from '../src/directory/validate.js';
import { directoryFor, selectLines } from '../src/select.js';
import { MONDAY_10AM_UK } from './instants.js';
import { pinClock } from './manual-clock.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON tree. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

/** Replaces (or deletes, when `next` is undefined) the value at `path`. */
function mutate(root: Json, path: (string | number)[], next: Json | undefined): Json {
  if (path.length === 0) return next ?? null;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (next === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = next;
  return copy;
}

const shipped = bundledDirectory as unknown as Json;
const shippedPaths = paths(shipped);
const SCRIPTY = ['javascript:alert(1)', '<img src=x onerror=alert(1)>', 'data:text/html,x', 'http://example.org/', '', '999', '+44', 'GB', 'emergency'];

/** One to four random edits of the shipped directory: new values, deletions, script-like strings. */
const mutatedDirectory = fc
  .array(
    fc.record({
      at: fc.nat({ max: shippedPaths.length - 1 }),
      value: fc.oneof(fc.jsonValue() as fc.Arbitrary<Json>, fc.constantFrom(...SCRIPTY), fc.constant(undefined)),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((edits) =>
    edits.reduce<Json>((dir, { at, value }) => {
      const path = shippedPaths[at]!;
      try {
        return mutate(dir, path, value);
      } catch {
        return dir; // an earlier edit removed this path
      }
    }, shipped),
  );

const REGIONS = ['GB', 'GB-ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR'];

describe('fuzzing the directory checker', () => {
  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseDirectory(value);
        expect(result.directory === null || Array.isArray(result.directory.lines)).to.equal(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on mutations of the shipped directory, and what it accepts always has an emergency phone line first', () => {
    fc.assert(
      fc.property(mutatedDirectory, fc.constantFrom(...REGIONS), (input, region) => {
        const { directory, problems } = parseDirectory(input);
        if (!directory) {
          expect(problems.length).to.be.greaterThan(0);
          return;
        }
        if (problems.some((p) => p.message.includes('no emergency line'))) return;
        const first = selectLines(directory, { topics: ['child-sexual-abuse'], region }).lines[0];
        expect(first?.urgency).to.equal('emergency');
        expect(first?.contacts.some((c) => c.type === 'phone')).to.equal(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe('fuzzing <helpline-box>', () => {
  // Monday 10:00 in London; the order is still compared as a set (it is tested at pinned instants elsewhere).
  pinClock(MONDAY_10AM_UK, 'Europe/London');

  it('always shows an emergency number, whatever directory it is given', async () => {
    const errors = console.error;
    const warnings = console.warn;
    console.error = () => {};
    console.warn = () => {};
    try {
      await fc.assert(
        fc.asyncProperty(mutatedDirectory, fc.constantFrom(...REGIONS), async (input, region) => {
          const el = await fixture<HelplineBox>(html`<helpline-box topic="child-sexual-abuse child-abuse" region=${region}></helpline-box>`);
          el.directory = input;
          // The box must end up showing exactly the lines the pure functions choose for this input
          // (in an order that also depends on the clock, so compared as a set).
          const parsed = parseDirectory(input).directory;
          const query = { topics: ['child-sexual-abuse', 'child-abuse'], region };
          const expected = selectLines(directoryFor(parsed, bundledDirectory, region), query).lines.map((l) => l.id).sort();
          const shown = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="line"]')].map((li) => li.dataset['line']);
          await el.updateComplete;
          expect(shown().sort()).to.deep.equal(expected);
          const first = el.shadowRoot!.querySelector<HTMLElement>('[part~="line"]');
          expect(first?.dataset['urgency']).to.equal('emergency');
          const tel = first!.querySelector<HTMLAnchorElement>('a[data-channel="phone"]')!;
          expect(tel.getAttribute('href')).to.match(/^tel:\+?\d+$/);
          for (const a of el.shadowRoot!.querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^(https:|tel:|sms:|mailto:)/);
          expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
          el.remove();
        }),
        { numRuns: 60 },
      );
    } finally {
      // The last box's check may still be settling; keep its expected messages out of the log.
      await new Promise((resolve) => setTimeout(resolve, 100));
      console.error = errors;
      console.warn = warnings;
    }
  });
});
