// End-to-end: the built files on pages served with a strict Content Security Policy and Trusted Types,
// watched for violations, console errors and any request that leaves the page's origin.
// Run by `npm test` after the build (node's own test runner; needs Chromium at /usr/bin/chromium).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';
import { STRICT_CSP } from '../render/pages.mjs';

const page = (body) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>strict</title><link rel="icon" href="/dist/site/favicon.svg"></head><body>${body}</body></html>`;

const PAGES = {
  // The classic script with a publisher directory: loads the checker beside it and runs zod under the CSP.
  '/strict-iife.html': page(
    '<helpline-box topic="child-abuse" src="/test/fixtures/small-directory.json"></helpline-box>' +
      '<helpline-box topic="child-sexual-abuse" region="GB-SCT"></helpline-box>' +
      '<script src="/dist/helpline-box.iife.js"></script><script src="/dist/helpline-box.iife.js"></script>',
  ),
  // Both bundle kinds on one page are two copies of Lit, and each creates the `lit-html` policy:
  // a page enforcing Trusted Types must then allow duplicates (see the README).
  '/strict-both.html': page(
    '<helpline-box topic="child-abuse"></helpline-box>' +
      '<script type="module" src="/dist/helpline-box.js"></script><script src="/dist/helpline-box.iife.js"></script>',
  ),
  // A policy that refuses Lit's Trusted Types policy: the box cannot start, and must say why.
  '/strict-tt-refused.html': page('<helpline-box topic="child-abuse"><p id="fallback">Call 999.</p></helpline-box><script src="/dist/helpline-box.iife.js"></script>'),
  // The ES module, with a broken directory: the fallback path under the CSP.
  '/strict-es.html': page(
    '<helpline-box topic="child-abuse" src="/test/fixtures/partly-broken-directory.json"></helpline-box>' +
      '<script type="module" src="/dist/helpline-box.js"></script>',
  ),
};

// The instants the pages are opened at (UK winter time, when London's clock reads UTC), so the
// open-first order never depends on when the suite runs.
const WEDNESDAY_NOON_UK = '2026-12-02T12:00:00Z';
const SATURDAY_3AM_UK = '2026-12-05T03:00:00Z';
const SEED_AT_NOON = ['tel:999', 'tel:101', 'tel:+448088005000', 'tel:+448001111', 'tel:+448081000900'];
// On Saturday at 03:00 the NSPCC's phone is closed: Stop It Now (hours unknown) takes its place among support lines.
const SEED_AT_3AM = ['tel:999', 'tel:101', 'tel:+448081000900', 'tel:+448001111', 'tel:+448088005000'];

const HEADERS = (path) => ({
  'content-security-policy':
    path === '/strict-both.html'
      ? STRICT_CSP.replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'")
      : path === '/strict-tt-refused.html'
        ? STRICT_CSP.replace('trusted-types lit-html', 'trusted-types another-policy')
        : STRICT_CSP,
});

let browser;
let server;
let origin;

before(async () => {
  ({ server, url: origin } = await serve(resolve('.'), { headers: HEADERS, pages: PAGES }));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a path with the page's clock pinned to `at`, waits for the boxes, and returns what the page showed and did. */
async function visit(path, { settle = 500, at = WEDNESDAY_NOON_UK } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  // Date.now() and new Date() read `at` in the page; timers still run.
  await context.clock.setFixedTime(new Date(at));
  const tab = await context.newPage();
  const messages = [];
  const requests = [];
  tab.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  tab.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  tab.on('request', (r) => requests.push(r.url()));
  await tab.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await tab.goto(origin + path);
  await tab.waitForFunction(
    () => [...document.querySelectorAll('helpline-box')].every((box) => box.shadowRoot?.querySelector('a[data-channel="phone"]')),
    undefined,
    { timeout: 5000 },
  );
  await tab.waitForTimeout(settle);
  const result = {
    violations: await tab.evaluate(() => window.__violations),
    tels: await tab.evaluate(() =>
      [...document.querySelectorAll('helpline-box')].map((box) => [...box.shadowRoot.querySelectorAll('a[data-channel="phone"]')].map((a) => a.getAttribute('href'))),
    ),
    cookies: await context.cookies(),
    storage: await tab.evaluate(() => localStorage.length + sessionStorage.length),
    messages,
    requests,
  };
  await context.close();
  return result;
}

describe('strict CSP and Trusted Types', () => {
  it('the demo site shows the seed box with no violation, no console error and no request off the origin', async () => {
    const r = await visit('/dist/site/index.html');
    assert.deepEqual(r.violations, []);
    assert.deepEqual(r.messages.filter((m) => /^(error|pageerror)/.test(m)), []);
    assert.deepEqual(r.tels[0], SEED_AT_NOON);
    assert.deepEqual(r.requests.filter((u) => !u.startsWith(origin)), []);
    assert.deepEqual(r.cookies, []);
    assert.equal(r.storage, 0);
  });

  it('the classic bundle, loaded twice, checks a src directory with zod and breaks no rule', async () => {
    const r = await visit('/strict-iife.html');
    assert.deepEqual(r.violations, []);
    assert.deepEqual(r.messages.filter((m) => /^(error|pageerror)/.test(m)), []);
    assert.deepEqual(r.tels, [['tel:999', 'tel:+441234567890'], SEED_AT_NOON]);
    assert.ok(r.requests.includes(`${origin}/dist/helpline-box-validate.js`), 'the checker was loaded from beside the script');
    assert.deepEqual(r.requests.filter((u) => !u.startsWith(origin)), []);
  });

  it('both bundle kinds on one page break no rule when the policy allows duplicates', async () => {
    const r = await visit('/strict-both.html');
    assert.deepEqual(r.violations, []);
    assert.deepEqual(r.messages.filter((m) => /^(error|pageerror)/.test(m)), []);
    assert.deepEqual(r.tels, [['tel:999', 'tel:101', 'tel:+448088005000', 'tel:+448001111']]);
  });

  it('the ES bundle reports a partly broken directory and keeps its valid lines', async () => {
    const r = await visit('/strict-es.html');
    assert.deepEqual(r.violations, []);
    assert.deepEqual(r.tels, [['tel:999', 'tel:+441234567890']]);
    const errors = r.messages.filter((m) => m.startsWith('error'));
    assert.equal(errors.length, 1);
    assert.match(errors[0], /partly-broken-directory\.json has problems.*\$\.lines\[2\]\.contacts\[0\]\.value \(line "broken-line"\)/);
  });

  it('the demo site puts open lines first: the seed box on Saturday at 03:00', async () => {
    const r = await visit('/dist/site/index.html', { at: SATURDAY_3AM_UK });
    assert.deepEqual(r.tels[0], SEED_AT_3AM);
  });

  it('says why when the page refuses the lit-html Trusted Types policy, and keeps the fallback content', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const errors = [];
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await tab.goto(`${origin}/strict-tt-refused.html`);
    await tab.waitForTimeout(300);
    assert.ok(errors.some((e) => e.includes('does not allow the Trusted Types policy "lit-html"') && e.includes('Add lit-html to the trusted-types directive')), errors.join('\n'));
    assert.equal(await tab.locator('#fallback').isVisible(), true);
    await context.close();
  });
});
