// End-to-end: the built configurator (dist/site/builder.html), reached from the demo article; its snippet
// copied to the clipboard, pasted into a bare page with the built classic script, and read with
// JavaScript off. Run by `npm test` after the build (needs Chromium at /usr/bin/chromium).
/* global navigator */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';

// Wednesday noon in London (UK winter time, when London's clock reads UTC): the instant both the preview
// and the bare page are pinned to, so the open-first order never depends on when the suite runs.
const WEDNESDAY_NOON_UK = '2026-12-02T12:00:00Z';
// Ireland's emergency line, Pieta, Samaritans and ISPCC Childline (50808 is a text line), all open 24 hours: the directory's order.
const IRISH_SUICIDE = ['tel:112', 'tel:999', 'tel:1800247247', 'tel:116123', 'tel:1800666666'];
// Saturday 03:00 in London: the NSPCC's phone is closed, so the open-first order differs from the directory's.
const SATURDAY_3AM_UK = '2026-12-05T03:00:00Z';
const SEED_AT_3AM = ['tel:999', 'tel:101', 'tel:+448081000900', 'tel:+448001111', 'tel:+448088005000'];

/** The bare page's tel: links, once the box has rendered. */
async function bareHrefs(tab) {
  await tab.waitForFunction(() => document.querySelector('helpline-box')?.shadowRoot?.querySelector('a[href^="tel:"]'));
  // A box for a country beyond the bundle shows its emergency line while its country's lines load: wait for them.
  await tab.evaluate(() => document.querySelector('helpline-box').updateComplete);
  return tab.evaluate(() => [...document.querySelector('helpline-box').shadowRoot.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')));
}

/** Pages the tests write: the bare page holds the snippet and nothing else. */
const pages = {};
let browser;
let server;
let origin;

before(async () => {
  ({ server, url: origin } = await serve(resolve('dist'), { pages }));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The builder's own view of its preview and snippet. */
const readBuilder = (tab) =>
  tab.evaluate(async () => {
    const builder = document.querySelector('helpline-builder');
    await builder.settled;
    const frames = [...builder.shadowRoot.querySelectorAll('iframe[data-frame]')];
    const box = (frame) => frame.contentDocument.querySelector('helpline-box').shadowRoot;
    return {
      snippet: builder.snippet,
      hrefs: frames.map((frame) => [...box(frame).querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))),
      numbers: [...box(frames[0]).querySelectorAll('a[href^="tel:"] bdi.number')].map((b) => b.textContent),
    };
  });

/** Opens the bare page with the snippet, JavaScript on or off, the clock pinned. */
async function openBare(snippet, { javaScriptEnabled, at = WEDNESDAY_NOON_UK }) {
  pages['/bare.html'] = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>bare</title><link rel="icon" href="/site/favicon.svg"></head><body>${snippet}</body></html>`;
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
  await context.clock.setFixedTime(new Date(at));
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await tab.goto(`${origin}/bare.html`);
  return { context, tab, errors };
}

describe('the configurator, built', () => {
  let built;

  it('is one click from the demo article, and makes the Irish suicide box from its controls', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const tab = await context.newPage();
      const errors = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      await tab.goto(`${origin}/site/index.html`);
      await tab.getByRole('link', { name: /configurator/i }).click();
      await tab.waitForURL(/\/site\/builder\.html/);
      // The preview time is pinned through the address the editor could share.
      await tab.goto(`${tab.url().split('?')[0]}?at=2026-12-02T12:00&zone=Europe/London`);
      await tab.getByLabel('Suicide', { exact: true }).check();
      await tab.getByLabel('Region', { exact: true }).selectOption('IE');
      await tab.getByLabel("Address of the box's script on your site").fill('/helpline-box.iife.js');
      await tab.getByLabel("Address of the box's script on your site").press('Tab');
      built = await readBuilder(tab);
      assert.deepEqual(built.hrefs, [IRISH_SUICIDE, IRISH_SUICIDE, IRISH_SUICIDE, IRISH_SUICIDE]);
      assert.deepEqual(built.numbers, ['112', '999', '1800 247 247', '116 123', '1800 66 66 66']);
      assert.match(built.snippet, /^<script src="\/helpline-box\.iife\.js" defer><\/script>\n<helpline-box topic="suicide" region="IE">\n {2}<section /);
      assert.match(new URL(tab.url()).search, /^\?topic=suicide&region=IE&script=%2Fhelpline-box\.iife\.js&at=2026-12-02T12%3A00&zone=Europe%2FLondon$/);

      await tab.getByRole('button', { name: 'Copy the snippet' }).click();
      await tab.getByText('Copied the snippet.').waitFor();
      assert.equal(await tab.evaluate(() => navigator.clipboard.readText()), built.snippet);
      await tab.getByRole('button', { name: 'Copy the fallback only' }).click();
      await tab.getByText('Copied the fallback.').waitFor();
      const copied = await tab.evaluate(() => navigator.clipboard.readText());
      assert.match(copied, /^<section lang="en" dir="ltr" style="[^"]+">.*<\/section>$/);
      assert.ok(built.snippet.includes(copied), 'the fallback copied is the one in the snippet');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('shows the same tel: links in the same order when the snippet is pasted into a bare page', async () => {
    assert.ok(built, 'the first test made a snippet');
    const { context, tab, errors } = await openBare(built.snippet, { javaScriptEnabled: true });
    try {
      assert.deepEqual(await bareHrefs(tab), built.hrefs[0]);
      // Rendered, the fallback inside is no longer shown.
      assert.equal(await tab.evaluate(() => document.querySelector('helpline-box > section').checkVisibility()), false);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('orders a night box in a bare page as the preview at the same instant does', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    let night;
    try {
      const tab = await context.newPage();
      await tab.goto(`${origin}/site/builder.html?topic=child-sexual-abuse&region=GB-ENG&script=/helpline-box.iife.js&at=2026-12-05T03:00&zone=Europe/London`);
      night = await readBuilder(tab);
    } finally {
      await context.close();
    }
    assert.deepEqual(night.hrefs[0], SEED_AT_3AM);
    const bare = await openBare(night.snippet, { javaScriptEnabled: true, at: SATURDAY_3AM_UK });
    try {
      assert.deepEqual(await bareHrefs(bare.tab), SEED_AT_3AM);
    } finally {
      await bare.context.close();
    }
  });

  it('shows every previewed number as text and as a tel: link when scripts are off', async () => {
    const { context, tab } = await openBare(built.snippet, { javaScriptEnabled: false });
    try {
      // The script did not run: the fallback is what shows.
      assert.ok(await tab.locator('helpline-box > section').first().isVisible(), 'the fallback is shown');
      for (const [i, number] of built.numbers.entries()) {
        const link = tab.locator(`a[href="${built.hrefs[0][i]}"]`);
        assert.equal(await link.count(), 1, `one link for ${number}`);
        assert.ok(await link.isVisible(), `${number} is visible`);
        assert.match(await link.innerText(), new RegExp(`\\b${number}$`));
      }
      const shown = await tab.locator('body').innerText();
      for (const number of built.numbers) assert.ok(shown.includes(number), `${number} is in the page's text`);
    } finally {
      await context.close();
    }
  });

  it('restores every choice from a shared address', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const tab = await context.newPage();
      await tab.goto(`${origin}/site/builder.html?topic=domestic-abuse&region=GB-WLS&lang=cy&variant=compact&lines=national-domestic-abuse-helpline+samaritans-welsh&at=sat-2300`);
      const { snippet } = await readBuilder(tab);
      assert.match(snippet, /\n<helpline-box topic="domestic-abuse" region="GB-WLS" lines="national-domestic-abuse-helpline samaritans-welsh" lang="cy" variant="compact" quick-exit>\n/);
      assert.match(snippet, /<section lang="cy" dir="ltr"/);
      assert.equal(await tab.getByLabel('Region', { exact: true }).inputValue(), 'GB-WLS');
      assert.equal(await tab.getByLabel('Preview the box at').inputValue(), 'sat-2300');
      assert.equal(await tab.getByLabel('Quick exit button').isChecked(), true);
    } finally {
      await context.close();
    }
  });
});
