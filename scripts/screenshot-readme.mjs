// The README's screenshots, as a reader on a phone (390 px wide) sees the box, light and dark: the seed
// story's box with its More helplines closed and open, and a domestic-abuse box with a quick exit.
// The clock is pinned (Wednesday 2 December 2026, 14:00 in London) so the words do not change from run
// to run. node scripts/screenshot-readme.mjs (after npm run build); writes demo/screenshots/*.png.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

const OUT = resolve('demo/screenshots');
const AT = new Date('2026-12-02T14:00:00Z');
const page = (box) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<meta name="color-scheme" content="light dark"><title>helpline-box</title><link rel="icon" href="data:,"></head>` +
  `<body style="margin:16px">${box}<script src="/helpline-box.iife.js"></script></body></html>`;
const pages = {
  '/seed.html': page('<helpline-box topic="child-sexual-abuse" region="GB-ENG"></helpline-box>'),
  '/exit.html': page('<helpline-box topic="domestic-abuse" region="GB-ENG" quick-exit></helpline-box>'),
};
const shots = [
  ['seed', 'closed'],
  ['seed', 'open'],
  ['exit', 'closed'],
];

await mkdir(OUT, { recursive: true });
const { server, url } = await serve(resolve('dist'), { pages });
const browser = await launchChromium();
const written = [];
try {
  for (const scheme of ['light', 'dark']) {
    for (const [name, state] of shots) {
      const tab = await browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme: scheme });
      const problems = [];
      tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      await tab.clock.install({ time: AT });
      await tab.goto(`${url}/${name}.html`);
      const box = tab.locator('helpline-box');
      await box.locator('a[part~="action"]').first().waitFor();
      if (state === 'open') await box.locator('button[aria-expanded="false"]').click();
      if (problems.length > 0) throw new Error(`${name} ${scheme}: ${problems.join('; ')}`);
      const file = `${OUT}/${name === 'seed' ? `seed-${state}` : 'domestic-abuse-quick-exit'}-${scheme}.png`;
      await box.screenshot({ path: file });
      written.push(file);
      await tab.close();
    }
  }
  console.log(`wrote ${written.join('\n      ')}`);
} finally {
  await browser.close();
  server.close();
}
