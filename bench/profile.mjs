// Where the box's time goes on a phone-speed CPU: a CPU profile of the demo article loading the classic
// script, in Chromium with the CPU slowed 4x, through playwright-core and the DevTools protocol.
// Prints the long tasks and the functions with the most self time. node bench/profile.mjs [runs]
// (after npm run build).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const ARTICLE = readFileSync('demo/index.html', 'utf8')
  .replace(/<script type="module"[^>]*><\/script>/, '<script src="/dist/helpline-box.iife.js" defer></script>')
  .replace('href="./article.css"', 'href="/demo/article.css"')
  .replace('href="./favicon.svg"', 'href="/demo/public/favicon.svg"');
const { server, url } = await serve(resolve('.'), { pages: { '/bench/profile.html': ARTICLE } });
const browser = await launchChromium();

const selfTimes = new Map();
const longTasks = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      window.__tasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__tasks.push(Math.round(entry.duration));
      }).observe({ type: 'longtask', buffered: true });
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(`${url}/bench/profile.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('helpline-box')?.shadowRoot?.querySelector('a'));
    await page.waitForTimeout(500);
    const { profile } = await cdp.send('Profiler.stop');
    longTasks.push(await page.evaluate(() => window.__tasks));
    // Self time per node: samples x interval, attributed to the function of the sampled node.
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const deltas = profile.timeDeltas;
    profile.samples.forEach((id, i) => {
      const node = byId.get(id);
      const { functionName, url: file, lineNumber } = node.callFrame;
      if (!file.includes('helpline-box') && functionName !== '(program)' && functionName !== '(garbage collector)') {
        if (!['(idle)'].includes(functionName)) {
          const key = `${functionName || '(anonymous)'} ${file ? `${file.split('/').pop()}:${lineNumber}` : ''}`.trim();
          selfTimes.set(key, (selfTimes.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
        }
        return;
      }
      const key = `${functionName || '(anonymous)'} ${file.split('/').pop()}:${lineNumber}`;
      selfTimes.set(key, (selfTimes.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
    });
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${RUNS} loads of the demo article, 390 x 844, CPU slowed 4x`);
console.log('long tasks (ms) per load:', longTasks.map((tasks) => `[${tasks.join(', ')}]`).join(' '));
const top = [...selfTimes.entries()].filter(([key]) => key !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, 20);
console.log('\nself time per load (ms), top 20:');
for (const [key, ms] of top) console.log(`${(ms / RUNS).toFixed(1).padStart(7)}  ${key}`);
