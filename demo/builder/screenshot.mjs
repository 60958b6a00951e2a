// Screenshots of the built configurator with the Irish suicide box, at 1280 px and 390 px, full page,
// with the catalogue open: node demo/builder/screenshot.mjs [out-dir]. Needs `npm run build` first and
// Chromium at /usr/bin/chromium (or CHROME_PATH). The preview is pinned to Saturday 23:00 in Dublin.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';

const out = resolve(process.argv[2] ?? 'screenshots');
await mkdir(out, { recursive: true });
const { server, url } = await serve(resolve('dist/site'));
const browser = await launchChromium();
try {
  for (const width of [1280, 390]) {
    // colorScheme null: no emulation, so each preview frame follows its own color-scheme.
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: null });
    const page = await context.newPage();
    const logs = [];
    page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
    await page.goto(`${url}/builder.html?topic=suicide&region=IE&at=2026-12-05T23:00&zone=Europe/Dublin`);
    await page.evaluate(() => document.querySelector('helpline-builder').settled);
    await page.locator('.catalogue-holder summary').click();
    await page.evaluate(() => document.querySelector('helpline-builder').settled);
    const file = `${out}/builder-${width}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${file}; ${logs.length ? logs.join('; ') : 'no console messages'}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
