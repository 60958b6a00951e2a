// The size check: the classic script, all an English UK box downloads, stays within its budget.
// A size check, not a timed test: it reads the built file's bytes. Run by `npm test` after the build.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CLASSIC_BUDGET_KIB, sizes } from '../../bench/sizes.mjs';

describe('bundle size', () => {
  it(`dist/helpline-box.iife.js is at most ${CLASSIC_BUDGET_KIB} KiB gzip`, () => {
    const classic = sizes('dist').find((row) => row.path.endsWith('helpline-box.iife.js'));
    assert.ok(classic, 'dist/helpline-box.iife.js was not built');
    assert.ok(classic.gzip <= CLASSIC_BUDGET_KIB * 1024, `${(classic.gzip / 1024).toFixed(1)} KiB gzip is over the ${CLASSIC_BUDGET_KIB} KiB budget`);
  });
});
