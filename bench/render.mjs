// The box against a static HTML copy of itself, on a page like the demo article, in Chromium with the
// CPU slowed 4x like a mid-range phone: node bench/render.mjs [runs] (after npm run build).
// Reports medians of: when the box's first link is on screen, layout shift, and script bytes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';

const RUNS = Number(process.argv[2] ?? 15);
const ARTICLE = readFileSync('demo/index.html', 'utf8');
const BOX = '<helpline-box topic="child-sexual-abuse" region="GB-ENG">';

/** The demo article with the box markup swapped in and the page's own stylesheet kept. */
const articleWith = (box, script = '') =>
  ARTICLE.replace(/<script type="module"[^>]*><\/script>/, script)
    .replace('href="./article.css"', 'href="/demo/article.css"')
    .replace('href="./favicon.svg"', 'href="/demo/public/favicon.svg"')
    .replace(/<helpline-box[\s\S]*?<\/helpline-box>/, box);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const browser = await launchChromium();
const pages = { '/bench/element.html': articleWith(`${BOX}</helpline-box>`, '<script src="/dist/helpline-box.iife.js" defer></script>') };
const { server, url } = await serve(resolve('.'), { pages });

async function measure(path) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    const look = () => {
      const link = document.querySelector('helpline-box')?.shadowRoot?.querySelector('a');
      if (link) window.__boxAt = performance.now();
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(url + path, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__boxAt !== undefined);
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => ({
    boxAt: window.__boxAt,
    shift: window.__shift,
    scriptBytes: performance
      .getEntriesByType('resource')
      .filter((e) => e.initiatorType === 'script')
      .reduce((sum, e) => sum + e.encodedBodySize, 0),
  }));
  await context.close();
  return result;
}

try {
  // The static copy: the element's own rendering, serialised into a declarative shadow root.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/bench/element.html`);
  await page.waitForFunction(() => document.querySelector('helpline-box')?.shadowRoot?.querySelector('a'));
  const copy = await page.evaluate(() => {
    const root = document.querySelector('helpline-box').shadowRoot;
    const css = [...root.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    return `<style>${css}</style>${root.innerHTML.replace(/<!--[^>]*-->/g, '')}`;
  });
  await context.close();
  pages['/bench/static.html'] = articleWith(`${BOX}<template shadowrootmode="open">${copy}</template></helpline-box>`);

  const results = {};
  for (const path of ['/bench/static.html', '/bench/element.html']) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(path));
    results[path] = {
      'box on screen (ms, median)': median(runs.map((r) => r.boxAt)).toFixed(0),
      'layout shift (CLS, median)': median(runs.map((r) => r.shift)).toFixed(4),
      'script bytes (transferred)': median(runs.map((r) => r.scriptBytes)),
    };
  }
  console.log(`${RUNS} runs each, 390 x 844 viewport, CPU slowed 4x, served from loopback`);
  console.table(results);
} finally {
  await browser.close();
  server.close();
}
