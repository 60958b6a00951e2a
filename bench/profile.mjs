// Where the box's time goes on a phone-speed CPU: a CPU profile of the demo article loading the classic
// script, in Chromium with the CPU slowed 4x, through playwright-core and the DevTools protocol.
// Profiles an unminified build of the classic script (same code, readable function names), built here
// into node_modules/.cache/helpline-box-profile/. Prints the long tasks per load and the functions with
// the most self time per load, with their source file. Then, from other loads without the profiler, the
// script's top level source file by source file: the same build with a performance mark before each
// file's code. node bench/profile.mjs [runs] (after npm run build).
import { readFileSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { resolve } from 'node:path';
import { build, loadConfigFromFile } from 'vite';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { demoArticle, median, phonePage } from './common.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const OUT = 'node_modules/.cache/helpline-box-profile';

const { config } = await loadConfigFromFile({ command: 'build', mode: 'iife', isPreview: false, isSsrBuild: false }, 'vite.config.ts', undefined, 'silent');
config.build.minify = false;
config.build.rolldownOptions.output.minify = false;
config.build.sourcemap = true;
config.build.outDir = resolve(OUT);
config.build.emptyOutDir = true;
await build({ ...config, configFile: false, mode: 'iife', logLevel: 'warn' });

const ARTICLE = demoArticle(`<script src="/${OUT}/helpline-box.iife.js" defer></script>`);

// The build with a mark before each source file's top-level code (the bundler heads each with a `// path`
// comment) and after the element is defined: the time from a mark to the next is that file's.
const DEFINED = 'define(): the element defined, the box upgraded';
const marked = readFileSync(`${OUT}/helpline-box.iife.js`, 'utf8')
  .split('\n')
  .map((line, i) => {
    // The first line stays first: it is V8's compile hint.
    if (i === 0) return `${line}\nperformance.mark('(the bundle opened)');`;
    const file = /^\/\/ (\S+\.[jt]s)$/.exec(line)?.[1];
    if (file) return `performance.mark(${JSON.stringify(file.replace(/^\\0/, '').replace(/^node_modules\//, ''))});\n${line}`;
    return line.trim() === 'define();' ? `performance.mark(${JSON.stringify(DEFINED)});\n${line}\nperformance.mark('(end)');` : line;
  })
  .join('\n');
if (!marked.includes(DEFINED)) throw new Error(`no "define();" line in ${OUT}/helpline-box.iife.js to mark`);
writeFileSync(`${OUT}/helpline-box.marked.js`, marked);
const MARKED = demoArticle(`<script src="/${OUT}/helpline-box.marked.js" defer></script>`);

const { server, url } = await serve(resolve('.'), { pages: { '/bench/profile.html': ARTICLE, '/bench/marked.html': MARKED } });
const browser = await launchChromium();

/** The source file a position of the unminified bundle came from, by its source map. */
const map = new SourceMap(JSON.parse(readFileSync(`${OUT}/helpline-box.iife.js.map`, 'utf8')));
const sourceOf = (line, column) =>
  (map.findEntry(line, column).originalSource ?? 'helpline-box.iife.js (top level)').replace(/^(\.\.\/)+(node_modules\/)?/, '').replace(/^.*\/src\//, 'src/');

const selfTimes = new Map();
const longTasks = [];
/** Per source file, its top-level code's time in each load; and the whole top level's in each load. */
const topLevel = new Map();
const topLevelTotals = [];
/** Inclusive time: samples under the script's top level, and under Lit's updates (the first render and the hidden lines). */
const inclusive = { 'the script\'s top level (the element defined and upgraded)': 0, "the box's updates (performUpdate: the first render, then the hidden lines)": 0 };
try {
  for (let run = 0; run < RUNS; run++) {
    const { context, page, cdp } = await phonePage(browser, 4);
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
    // Self time per function: the sampling intervals attributed to the sampled node's function.
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parentOf = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
    profile.samples.forEach((id, i) => {
      const stack = [];
      for (let at = id; at !== undefined; at = parentOf.get(at)) stack.push(byId.get(at).callFrame);
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      const [topLevel, updates] = Object.keys(inclusive);
      if (stack.some((frame) => frame.functionName === '' && frame.url.includes('helpline-box.iife.js') && frame.lineNumber <= 3)) inclusive[topLevel] += ms;
      if (stack.some((frame) => frame.functionName === 'performUpdate')) inclusive[updates] += ms;
      const { functionName, url: file, lineNumber, columnNumber } = byId.get(id).callFrame;
      // Idle time, and the benchmark's own calls into the page, are not the box's.
      if (functionName === '(idle)' || ['InjectedScript', 'evaluate'].includes(functionName)) return;
      const ours = file.includes('helpline-box.iife.js');
      const where = ours ? sourceOf(lineNumber, columnNumber) : file ? file.split('/').pop() : '';
      const key = `${functionName || '(anonymous)'}${where ? `  ${where}${ours ? '' : `:${lineNumber}`}` : ''}`;
      selfTimes.set(key, (selfTimes.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    await context.close();
  }
  // The top level file by file, without the profiler (its sampling slows what it measures).
  for (let run = 0; run < RUNS; run++) {
    const { context, page } = await phonePage(browser, 4);
    await page.goto(`${url}/bench/marked.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('helpline-box')?.shadowRoot?.querySelector('a'));
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((mark) => [mark.name, mark.startTime]));
    topLevelTotals.push(marks.at(-1)[1] - marks[0][1]);
    for (let i = 0; i + 1 < marks.length; i++) {
      const [file, at] = marks[i];
      if (!topLevel.has(file)) topLevel.set(file, []);
      topLevel.get(file).push(marks[i + 1][1] - at);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`\nCPU profile: ${RUNS} loads of the demo article, 390 x 844, CPU slowed 4x, unminified classic script`);
console.log('long tasks (ms) per load:', longTasks.map((tasks) => `[${tasks.join(', ')}]`).join(' '));
console.log("(program) is the browser's own work: parsing, style, layout, paint.");
console.log('\ninclusive time per load (ms):');
for (const [what, ms] of Object.entries(inclusive)) console.log(`${(ms / RUNS).toFixed(1).padStart(7)}  ${what}`);
console.log('\n| self time per load (ms) | function  source |\n|---:|---|');
const top = [...selfTimes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15);
for (const [key, ms] of top) console.log(`| ${(ms / RUNS).toFixed(1)} | ${key} |`);
const files = [...topLevel].map(([file, times]) => [file, median(times)]).sort((a, b) => b[1] - a[1]);
console.log(`\nThe script's top level at 4x, file by file (${RUNS} loads without the profiler, medians; in all ${median(topLevelTotals).toFixed(1)} ms):\n\n| ms | source file |\n|---:|---|`);
for (const [file, ms] of files.slice(0, 10)) console.log(`| ${ms.toFixed(1)} | ${file} |`);
