/**
 * ownData's copies take nothing from a prototype, even where a page put an
 * accessor (not a value) under an array index: writing `to[0] = item` would
 * call its setter and leave the copy reading the getter's fake line. Such a
 * page breaks most code, the test runner's too, so the accessor lives only
 * for the call.
 */
import { expect } from '@open-wc/testing';
import { isNative, ownData, ownTrusted } from '../../src/directory/own.js';
import data from '../../data/directory.json';
import { withIndexAccessor } from '../support/pollution.js';

for (const [where, target] of [['Object.prototype', Object.prototype], ['Array.prototype', Array.prototype]] as const) {
  describe(`ownData with an accessor on ${where}[0]`, () => {
    it("copies each item as the array's own, and the setter is never called", () => {
      const lines = [{ id: 'gb-emergency', value: '999' }, { id: 'nspcc-helpline', value: '+448088005000' }];
      const { result: copy, swallowed } = withIndexAccessor(target, () => ownData({ lines }));
      expect(swallowed).to.equal(0);
      expect(Object.hasOwn(copy.lines, 0)).to.equal(true);
      expect(copy.lines.map((line) => line.id)).to.deep.equal(['gb-emergency', 'nspcc-helpline']);
      expect(copy.lines[0].value).to.equal('999');
    });

    // Lists of up to four are made as array literals, longer ones with toSpliced (own.ts): both ways.
    for (const length of [2, 4, 5, 9]) {
      it(`reads a hole as undefined, not as the prototype's item, in a list of ${length}`, () => {
        const list = Array.from({ length }, (_, i) => ({ id: `line-${i}` })) as unknown[];
        Reflect.deleteProperty(list, 0);
        const { result: copy, swallowed } = withIndexAccessor(target, () => ownData(list));
        expect(swallowed).to.equal(0);
        expect(Object.getOwnPropertyDescriptor(copy, 0)).to.deep.include({ value: undefined });
        expect(copy.slice(1).map((line) => (line as { id: string }).id)).to.deep.equal(list.slice(1).map((line) => (line as { id: string }).id));
        expect(Object.isFrozen(copy) && Array.isArray(copy) && Object.getPrototypeOf(copy) === Array.prototype).to.equal(true);
      });
    }
  });
}

describe('ownData on a page that set Array.prototype.constructor', () => {
  for (const length of [3, 7]) {
    it(`copies a list of ${length} into a plain array, not one the page chose`, () => {
      class Fake extends Array {}
      const descriptor = Object.getOwnPropertyDescriptor(Array.prototype, 'constructor')!;
      Object.defineProperty(Array.prototype, 'constructor', { ...descriptor, value: Fake });
      let copy: unknown[];
      try {
        copy = ownData(Array.from({ length }, (_, i) => `+4480880050${i}`));
      } finally {
        Object.defineProperty(Array.prototype, 'constructor', descriptor);
      }
      expect(Object.getPrototypeOf(copy)).to.equal(Array.prototype);
      expect(copy).to.have.length(length);
      expect(copy[length - 1]).to.equal(`+4480880050${length - 1}`);
    });
  }
});

describe("ownData where Array.prototype.toSpliced is a page's polyfill", () => {
  type Own = typeof import('../../src/directory/own.js');
  /** Fills its copy by growing it: a setter that swallows an item leaves it short. */
  function growing(this: unknown[], start: number, skip: number): unknown[] {
    const copy: unknown[] = [];
    for (let i = 0; i < this.length; i++) if (i < start || i >= start + skip) copy[copy.length] = this[i];
    return copy;
  }
  /** Fills a copy of the right length by assignment, as some core-js releases did: a swallowed item leaves a hole. */
  function fixedLength(this: unknown[], start: number, skip: number): unknown[] {
    const copy = new Array<unknown>(this.length - skip);
    for (let i = 0, k = 0; i < this.length; i++) if (i < start || i >= start + skip) copy[k++] = this[i];
    return copy;
  }

  /** own.ts loaded afresh while `polyfill` is Array.prototype.toSpliced, passing for native as core-js's do when `disguised`. */
  async function ownWith(polyfill: typeof growing, disguised: boolean): Promise<Own> {
    const native = Object.getOwnPropertyDescriptor(Array.prototype, 'toSpliced')!;
    const toString = Object.getOwnPropertyDescriptor(Function.prototype, 'toString')!;
    Object.defineProperty(Array.prototype, 'toSpliced', { ...native, value: polyfill });
    if (disguised) {
      const real = toString.value as (this: unknown) => string;
      Object.defineProperty(Function.prototype, 'toString', {
        ...toString,
        value(this: unknown) {
          return this === polyfill ? 'function toSpliced() { [native code] }' : real.call(this);
        },
      });
    }
    try {
      expect(isNative(polyfill)).to.equal(disguised);
      return (await import(`../../src/directory/own.ts?polyfilled=${polyfill.name}-${String(disguised)}`)) as Own;
    } finally {
      Object.defineProperty(Array.prototype, 'toSpliced', native);
      Object.defineProperty(Function.prototype, 'toString', toString);
    }
  }

  it("tells the browser's own functions from a polyfill that does not pass for native", () => {
    expect(isNative(Array.prototype.toSpliced)).to.equal(true);
    expect(isNative(growing)).to.equal(false);
    expect(isNative(undefined)).to.equal(false);
  });

  for (const [polyfill, disguised] of [
    [growing, false],
    [fixedLength, false],
    [fixedLength, true],
  ] as const) {
    it(`copies a long list whole with a polyfill that ${polyfill === growing ? 'grows its copy' : 'fills a copy of the right length'}${disguised ? ', passing for native' : ''}`, async () => {
      const fresh = await ownWith(polyfill, disguised);
      // A module of its own, loaded while the polyfill was in place, not the one imported above.
      expect(fresh.ownData).not.to.equal(ownData);
      const list = Array.from({ length: 6 }, (_, i) => ({ id: `line-${i}` }));
      const native = Object.getOwnPropertyDescriptor(Array.prototype, 'toSpliced')!;
      let swallowed = 0;
      Object.defineProperty(Array.prototype, '0', { configurable: true, get: () => ({ id: 'fake' }), set: () => void swallowed++ });
      Object.defineProperty(Array.prototype, 'toSpliced', { ...native, value: polyfill });
      let copy: { id: string }[];
      try {
        copy = fresh.ownData(list);
      } finally {
        Object.defineProperty(Array.prototype, 'toSpliced', native);
        delete (Array.prototype as unknown as Record<string, unknown>)['0'];
      }
      expect(Object.hasOwn(copy, 0)).to.equal(true);
      expect(copy.map((line) => line.id)).to.deep.equal(list.map((line) => line.id));
      // Only the polyfill itself wrote through the setter, and what it lost was not kept.
      expect(swallowed).to.be.at.most(1);
    });
  }
});

describe('ownTrusted (the bundled directory)', () => {
  it('makes the same frozen copy as ownData, without a prototype, in plain arrays on a page that set Array.prototype.constructor', () => {
    const descriptor = Object.getOwnPropertyDescriptor(Array.prototype, 'constructor')!;
    Object.defineProperty(Array.prototype, 'constructor', { ...descriptor, value: class Fake extends Array {} });
    let trusted: typeof data;
    try {
      trusted = ownTrusted(JSON.parse(JSON.stringify(data)) as typeof data);
    } finally {
      Object.defineProperty(Array.prototype, 'constructor', descriptor);
    }
    expect(trusted).to.deep.equal(ownData(data));
    const [line] = trusted.lines;
    expect(Object.getPrototypeOf(trusted.lines)).to.equal(Array.prototype);
    expect(Object.isFrozen(trusted.lines) && Object.isFrozen(line) && Object.isFrozen(line.contacts[0])).to.equal(true);
    expect(Object.getPrototypeOf(Object.getPrototypeOf(line))).to.equal(null);
    expect('active' in line).to.equal(false);
  });
});

describe('ownData after the test', () => {
  it('leaves no accessor behind', () => {
    expect(Object.getOwnPropertyDescriptor(Object.prototype, '0')).to.equal(undefined);
    expect(Object.getOwnPropertyDescriptor(Array.prototype, '0')).to.equal(undefined);
  });
});
