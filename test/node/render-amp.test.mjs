// The `amp` format checked by the real AMP validator (amphtml-validator running the official
// validator_wasm.js, taken offline from the npm registry: see test/render/amp-validator.mjs), in the
// README's AMP page, for every topic in every region, a box with status "as of" an instant, a
// right-to-left language and the compact variant. Run by `npm test` after the build.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderBox } from '../../dist/render.js';
import { ampPage, ampValidator } from '../render/amp-validator.mjs';

const directory = JSON.parse(readFileSync('dist/directory.json', 'utf8'));
let validator;

before(async () => {
  validator = await ampValidator();
});

const check = (html, lang) => {
  const result = validator.validateString(ampPage(html, { lang }));
  return { status: result.status, errors: result.errors.map((e) => `${e.line}:${e.col} ${e.severity} ${e.message}`) };
};

describe('--format amp', () => {
  it('is valid AMP for every topic in every region', async () => {
    for (const region of directory.regions.map((r) => r.id)) {
      for (const topic of directory.topics.map((t) => t.id)) {
        const { output } = await renderBox({ topic, region, format: 'amp' });
        assert.deepEqual(check(output), { status: 'PASS', errors: [] }, `${topic} in ${region}`);
        assert.doesNotMatch(output, /<script|<helpline-box|<template|class=/i);
      }
    }
  });

  it('is valid AMP with status as of an instant, in Arabic, and compact', async () => {
    for (const request of [
      { topic: 'child-sexual-abuse', region: 'GB-ENG', at: '2026-12-05T03:00:00Z' },
      { topic: 'domestic-abuse', region: 'GB', lang: 'ar', at: '2026-11-30T10:00:00Z' },
      { topic: 'suicide', region: 'GB-WLS', lang: 'cy', variant: 'compact', headingLevel: 3 },
    ]) {
      const { output } = await renderBox({ ...request, format: 'amp' });
      assert.deepEqual(check(output, request.lang), { status: 'PASS', errors: [] }, JSON.stringify(request));
    }
  });

  it('the validator is live: it fails a page with a script and with the prerendered element', async () => {
    const { output } = await renderBox({ topic: 'child-abuse', region: 'GB', format: 'amp' });
    assert.equal(check(`${output}<script>alert(1)</script>`).status, 'FAIL');
    const prerender = await renderBox({ topic: 'child-abuse', region: 'GB', format: 'prerender' });
    assert.equal(check(prerender.output).status, 'FAIL');
  });
});
