import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDirectory } from '../../src/directory/validate.js';
import { selectLines } from '../../src/directory/select.js';
import { mutatedDirectory, REGIONS } from '../support/fuzz-directory.js';

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
      // The shipped directory grew from 34 to 85 lines (one parse: about 9 ms, was 2.5): 150 runs cost what 400 did,
      // so the test stays within its timeout and does not starve the load timeouts of tests running beside it.
      { numRuns: 150 },
    );
  });
});
