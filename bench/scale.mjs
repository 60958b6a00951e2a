// How the box's cost grows with the directory: node bench/scale.mjs (after npm run build).
// Parse + check (parseDirectory) and select (selectLines) for 100 to 100,000 synthetic lines, in Node
// (medians of several runs), the largest directory a box reads from `src` from its text, and the time to
// render a box of 5, 20 and 50 lines in Chromium (the element from dist/, its directory given as a
// property, medians). Reports; fails nothing.
import { readFileSync } from 'node:fs';
/* global customElements -- runs in the page, through page.waitForFunction */
import { resolve } from 'node:path';
import { launchChromium } from '../scripts/chromium.mjs';
import { loadTs } from '../scripts/load-ts.mjs';
import { serve } from '../scripts/serve.mjs';
import { median } from './common.mjs';

const { parseDirectory, selectLines, MAX_DIRECTORY_BYTES, ownTrusted } = await loadTs({
  'src/directory/validate.ts': ['parseDirectory', 'MAX_DIRECTORY_BYTES'],
  'src/directory/select.ts': ['selectLines'],
  'src/directory/own.ts': ['ownTrusted'],
});
const bundled = JSON.parse(readFileSync('dist/directory.json', 'utf8'));

/** The bundled directory with `count` more lines: copies of its support lines under new ids and numbers. */
function synthetic(count) {
  const models = bundled.lines.filter((line) => line.urgency !== 'emergency' && line.contacts.some((c) => c.type === 'phone' && c.value.startsWith('+44')));
  const lines = [...bundled.lines];
  for (let i = 0; i < count; i++) {
    const model = models[i % models.length];
    const number = String(1_000_000 + i);
    lines.push({
      ...structuredClone(model),
      id: `synthetic-${i}`,
      contacts: [{ type: 'phone', value: `+44808${number}`, display: `0808 ${number}` }],
    });
  }
  return { ...bundled, lines };
}

function deepFreeze(value) {
  if (value !== null && typeof value === 'object') for (const inner of Object.values(Object.freeze(value))) deepFreeze(inner);
  return value;
}

function time(run, times) {
  const results = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    results.push(performance.now() - started);
  }
  return median(results);
}

console.log('Directory size: parse + check and select (Node, medians)\n');
console.log('| lines | parse + check (ms) | select, seed box (ms) |');
console.log('|---:|---:|---:|');
for (const count of [100, 1_000, 10_000, 100_000]) {
  const input = synthetic(count);
  const runs = count >= 100_000 ? 3 : count >= 10_000 ? 5 : 15;
  let result = null;
  const parse = time(() => (result = parseDirectory(input)), runs);
  // 100,000 lines are more than a directory can hold (MAX_LINES, validate.ts): the check refuses them at
  // once. Selection is timed on the unchecked object then, frozen as a checked one is (selection indexes
  // a frozen directory once).
  const directory = result.directory ?? deepFreeze(input);
  const parsed = result.directory ? parse.toFixed(1) : `refused in ${parse.toFixed(2)} ("${result.problems[0].message}")`;
  const select = time(() => selectLines(directory, { topics: ['child-sexual-abuse'], region: 'GB-ENG' }), runs * 5);
  console.log(`| ${count.toLocaleString('en-GB')} | ${parsed} | ${select.toFixed(2)} |`);
}

// What any check of 10,000 lines costs before it checks anything, on the same data: reading them from
// their text, and copying them into frozen records (ownTrusted: the check's copy without its bounds or a
// single check).
{
  const input = synthetic(10_000);
  const text = JSON.stringify(input);
  const parse = time(() => JSON.parse(text), 5);
  const copy = time(() => ownTrusted(input), 5);
  console.log(`\nAt 10,000 lines (${(text.length / 1024 / 1024).toFixed(1)} MB of JSON), with no check at all: JSON.parse of their text ${parse.toFixed(1)} ms, a copy into frozen records (ownTrusted) ${copy.toFixed(1)} ms`);
}

// The most a box reads from `src`: a file of at most MAX_DIRECTORY_BYTES, here as many of these lines as
// fit, from its text (JSON.parse) to the checked directory.
let fitting = 0;
while (JSON.stringify(synthetic(fitting + 25)).length <= MAX_DIRECTORY_BYTES) fitting += 25;
const largest = JSON.stringify(synthetic(fitting));
const largestTime = time(() => parseDirectory(JSON.parse(largest)), 15);
console.log(
  `\nThe largest directory a box reads from src (${(largest.length / 1024).toFixed(0)} KiB, ${(fitting + bundled.lines.length).toLocaleString('en-GB')} lines): JSON.parse + check ${largestTime.toFixed(1)} ms`,
);

// Render: boxes of 5, 20 and 50 lines (the editor's `lines`; a box shows at most 30, so 50 asks for more).
const ids = (count) => synthetic(count).lines.filter((line) => line.id.startsWith('synthetic-')).slice(0, count).map((line) => line.id);
const { server, url } = await serve(resolve('dist'), {
  pages: { '/scale.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>scale</title></head><body><script type="module" src="/helpline-box.js"></script></body></html>' },
});
const browser = await launchChromium();
try {
  console.log('\nRender (Chromium, the element from dist/helpline-box.js, medians of 9)\n');
  console.log('| lines asked | lines shown | render at 1x CPU (ms) | at 4x (ms) |');
  console.log('|---:|---:|---:|---:|');
  for (const count of [5, 20, 50]) {
    const row = [];
    let shown = 0;
    for (const rate of [1, 4]) {
      const page = await browser.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      await page.goto(`${url}/scale.html`);
      await page.waitForFunction(() => customElements.get('helpline-box'));
      const result = await page.evaluate(
        async ({ directory, lines }) => {
          const times = [];
          let shown = 0;
          for (let i = 0; i < 9; i++) {
            const el = document.createElement('helpline-box');
            el.directory = directory;
            el.setAttribute('lines', lines.join(' '));
            document.body.append(el);
            await el.updateComplete;
            // Timed from a box already holding the checked directory: the render, not the check.
            const started = performance.now();
            el.setAttribute('heading', `Run ${i}`);
            el.setAttribute('lines', [...lines].reverse().join(' '));
            await el.updateComplete;
            times.push(performance.now() - started);
            shown = el.shadowRoot.querySelectorAll('[part~="line"]').length;
            el.remove();
          }
          return { time: times.sort((a, b) => a - b)[4], shown };
        },
        { directory: synthetic(count), lines: ids(count) },
      );
      row.push(result.time.toFixed(1));
      shown = result.shown;
      await page.close();
    }
    console.log(`| ${count} | ${shown} | ${row[0]} | ${row[1]} |`);
  }
} finally {
  await browser.close();
  server.close();
}
