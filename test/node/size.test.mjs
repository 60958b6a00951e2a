// The size budget: everything a page downloads to show the first English box for a UK story, at most
// 30 KiB gzip. A size check, not a timed test: it reads the built files' bytes, and asks Chromium only
// which files the page fetched. Run by `npm test` after the build.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGET_KIB, sizes } from '../../bench/sizes.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const page = (script) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>A UK story</title><link rel="icon" href="data:,"></head>` +
  `<body><article><h1>A story</h1><helpline-box topic="child-sexual-abuse" region="GB-ENG"></helpline-box></article>${script}</body></html>`;

let server;
let origin;
let browser;

before(async () => {
  const pages = {
    '/classic.html': page('<script src="/helpline-box.iife.js" defer></script>'),
    '/module.html': page('<script type="module" src="/helpline-box.js"></script>'),
  };
  ({ server, url: origin } = await serve(resolve('dist'), { pages }));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The files a page fetched until its box settled, and their total gzip -9 size. */
async function downloads(path) {
  const tab = await browser.newPage();
  const files = [];
  tab.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && url.pathname !== path) files.push(url.pathname);
  });
  await tab.goto(origin + path);
  await tab.locator('helpline-box a[href="tel:999"]').waitFor();
  await tab.evaluate(() => document.querySelector('helpline-box').updateComplete);
  await tab.close();
  const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(resolve('dist', `.${file}`)), { level: 9 }).length, 0);
  return { files, gzip };
}

describe('bundle size', () => {
  for (const file of ['helpline-box.iife.js', 'helpline-box.js']) {
    it(`dist/${file} is at most ${BUDGET_KIB} KiB gzip`, () => {
      const row = sizes('dist').find((r) => r.path.endsWith(`/${file}`));
      assert.ok(row, `dist/${file} was not built`);
      assert.ok(row.gzip <= BUDGET_KIB * 1024, `${kib(row.gzip)} gzip is over the ${BUDGET_KIB} KiB budget`);
    });
  }

  for (const [name, path, script] of [
    ['the classic script', '/classic.html', '/helpline-box.iife.js'],
    ['the ES module', '/module.html', '/helpline-box.js'],
  ]) {
    it(`a page with ${name} downloads at most ${BUDGET_KIB} KiB gzip in all for its first English UK box`, async () => {
      const { files, gzip } = await downloads(path);
      assert.deepEqual(files, [script], 'an English UK box needs nothing but the script');
      assert.ok(gzip <= BUDGET_KIB * 1024, `${kib(gzip)} gzip is over the ${BUDGET_KIB} KiB budget`);
    });
  }
});
