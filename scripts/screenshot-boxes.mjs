// Screenshots of single boxes for chosen regions and topics, as a reader on a phone sees them:
//   node scripts/screenshot-boxes.mjs [out-dir] [REGION:topic ...]
// Defaults to GB-SCT child-abuse, IE child-sexual-abuse and US suicide. Needs `npm run build` first and
// Chromium at /usr/bin/chromium (or CHROME_PATH). Prints each box's links so they can be checked by eye.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchChromium, phoneTab } from './chromium.mjs';
import { serve } from './serve.mjs';

const [outArg, ...pairArgs] = process.argv.slice(2);
const out = resolve(outArg ?? 'screenshots');
const pairs = (pairArgs.length ? pairArgs : ['GB-SCT:child-abuse', 'IE:child-sexual-abuse', 'US:suicide']).map((p) => p.split(':'));
await mkdir(out, { recursive: true });

const page = (region, topic) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${region} ${topic}</title><link rel="icon" href="/site/favicon.svg"></head><body style="margin:16px">` +
  `<helpline-box region="${region}" topic="${topic}"></helpline-box><script src="/helpline-box.iife.js"></script></body></html>`;
const pages = Object.fromEntries(pairs.map(([region, topic]) => [`/${region}-${topic}.html`, page(region, topic)]));
const { server, url } = await serve(resolve('dist'), { pages });
const browser = await launchChromium();
try {
  const { tab, logs } = await phoneTab(browser);
  for (const [region, topic] of pairs) {
    await tab.goto(`${url}/${region}-${topic}.html`);
    const box = tab.locator('helpline-box');
    await box.locator('a[part~="action"]').first().waitFor();
    const file = `${out}/box-${region}-${topic}-390.png`;
    await box.screenshot({ path: file });
    const links = await box.locator('a[part~="action"]').evaluateAll((as) => as.map((a) => `${a.closest('[part~="line"]').dataset.line}  ${a.getAttribute('href')}`));
    console.log(`${file}\n  ${links.join('\n  ')}`);
  }
  console.log(logs.join('\n') || 'no console messages');
} finally {
  await browser.close();
  server.close();
}
