/**
 * ownData's copies take nothing from a prototype, even where a page put an
 * accessor (not a value) under an array index: writing `to[0] = item` would
 * call its setter and leave the copy reading the getter's fake line. Such a
 * page breaks most code, the test runner's too, so the accessor lives only
 * for the call.
 */
import { expect } from '@open-wc/testing';
import { ownData } from '../../src/directory/own.js';
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

describe('ownData after the test', () => {
  it('leaves no accessor behind', () => {
    expect(Object.getOwnPropertyDescriptor(Object.prototype, '0')).to.equal(undefined);
    expect(Object.getOwnPropertyDescriptor(Array.prototype, '0')).to.equal(undefined);
  });
});
