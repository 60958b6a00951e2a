// Screenshots of the built demo as a reader on a phone sees it, in English and then with
// <html lang> set to Welsh, Arabic and an unknown language: node scripts/screenshot.mjs [out-dir]
// Needs `npm run build` first and Chromium at /usr/bin/chromium (or CHROME_PATH).
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchChromium, phoneTab } from './chromium.mjs';
import { serve } from './serve.mjs';

const out = resolve(process.argv[2] ?? 'screenshots');
await mkdir(out, { recursive: true });
const { server, url } = await serve(resolve('dist/site'));
const browser = await launchChromium();
try {
  const { tab: page, logs } = await phoneTab(browser);
  await page.goto(`${url}/index.html`);
  const box = page.locator('helpline-box');
  await box.locator('a[part~="action"]').first().waitFor();
  await box.screenshot({ path: `${out}/demo-box-390.png` });
  await page.screenshot({ path: `${out}/demo-page-390.png`, fullPage: false });
  // The box follows a change of <html lang>; an unknown language shows the English box.
  const shots = [];
  for (const [lang, shown] of [['cy', 'cy'], ['ar', 'ar'], ['xx-YY', 'en']]) {
    await page.evaluate((value) => (document.documentElement.lang = value), lang);
    await box.locator(`section[part~="box"][lang="${shown}"]`).waitFor();
    const file = `${out}/demo-box-390-${lang}.png`;
    await box.screenshot({ path: file });
    shots.push(file);
  }
  console.log(logs.join('\n') || 'no console messages');
  console.log(`wrote ${out}/demo-box-390.png, demo-page-390.png and ${shots.join(', ')}`);
} finally {
  await browser.close();
  server.close();
}
