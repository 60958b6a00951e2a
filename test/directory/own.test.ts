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

    it("reads a hole as undefined, not as the prototype's item", () => {
      // eslint-disable-next-line no-sparse-arrays -- the hole is the point
      const { result: copy } = withIndexAccessor(target, () => ownData([, { id: 'second' }] as unknown[]));
      expect(Object.getOwnPropertyDescriptor(copy, 0)).to.deep.include({ value: undefined });
    });
  });
}

describe('ownData after the test', () => {
  it('leaves no accessor behind', () => {
    expect(Object.getOwnPropertyDescriptor(Object.prototype, '0')).to.equal(undefined);
    expect(Object.getOwnPropertyDescriptor(Array.prototype, '0')).to.equal(undefined);
  });
});
