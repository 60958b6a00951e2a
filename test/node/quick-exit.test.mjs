// The quick exit on real pages (issue #15): the button and the Shift key pressed three times leave the
// story for the publisher's neutral page at once, send it no referrer, and Back does not return to the
// story. Under a strict Content Security Policy, as publishers serve. Run by `npm test` after the build.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';
import { STRICT_CSP } from '../render/pages.mjs';

const html = (title, body) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="/dist/site/favicon.svg"></head><body>${body}</body></html>`;

let browser;
let server;
let origin;

before(async () => {
  const pages = {
    '/start.html': html('Home', '<p>Home page</p>'),
    '/neutral.html': html('Weather', '<p>Sunny spells</p>'),
  };
  ({ server, url: origin } = await serve(resolve('.'), { pages, headers: () => ({ 'content-security-policy': STRICT_CSP }) }));
  pages['/story.html'] = html(
    'A story about domestic abuse',
    `<p>The story.</p><helpline-box topic="domestic-abuse" region="GB-ENG" quick-exit exit-url="${origin}/neutral.html"></helpline-box><script src="/dist/helpline-box.iife.js"></script>`,
  );
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** A tab that has visited the home page, then the story; with the requests it made after that. */
async function onTheStory() {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const requests = [];
  await tab.goto(`${origin}/start.html`);
  await tab.goto(`${origin}/story.html`);
  await tab.locator('helpline-box button[part~="exit"]').waitFor();
  tab.on('request', (request) => requests.push(request));
  return { context, tab, requests };
}

async function leftCleanly({ tab, requests }) {
  await tab.waitForURL(`${origin}/neutral.html`);
  const neutral = requests.find((request) => request.url() === `${origin}/neutral.html`);
  assert.ok(neutral, 'the neutral page was not requested');
  assert.equal(await neutral.headerValue('referer'), null);
  assert.equal(await tab.evaluate(() => document.referrer), '');
  // Back goes to the page before the story: the story was replaced, not left behind.
  await tab.goBack();
  assert.equal(tab.url(), `${origin}/start.html`);
}

describe('quick exit', () => {
  it('leaves for the neutral page with no referrer, and Back does not show the story', async () => {
    const visit = await onTheStory();
    await visit.tab.locator('helpline-box button[part~="exit"]').click();
    await leftCleanly(visit);
    await visit.context.close();
  });

  it('leaves the same way when the Shift key is pressed three times', async () => {
    const visit = await onTheStory();
    for (let i = 0; i < 3; i++) await visit.tab.keyboard.press('Shift');
    await leftCleanly(visit);
    await visit.context.close();
  });

  it('does not leave when Shift is pressed three times while typing (another key between)', async () => {
    const visit = await onTheStory();
    await visit.tab.keyboard.press('Shift');
    await visit.tab.keyboard.press('Shift');
    await visit.tab.keyboard.press('a');
    await visit.tab.keyboard.press('Shift');
    await visit.tab.waitForTimeout(300);
    assert.equal(visit.tab.url(), `${origin}/story.html`);
    await visit.context.close();
  });
});
