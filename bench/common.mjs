// What the benchmarks share: the middle of a set of timings, its middle half and where it may lie, the demo article as a page served from
// the repository's root, and a fresh page at a phone's size (bench/render.mjs, bench/profile.mjs, bench/scale.mjs).
import { readFileSync } from 'node:fs';

/**
 * A page in a context of its own (nothing cached from another load) at a phone's viewport, 390 x 844,
 * with the CPU slowed `rate` times (1: full speed), and its DevTools session.
 */
export async function phonePage(browser, rate = 1) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp };
}

/** The median of some timings (the upper middle one for an even count). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The first and third quartiles (nearest rank): the middle half of a set of timings lies between them. */
export const quartiles = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return [sorted[Math.floor((sorted.length - 1) / 4)], sorted[Math.ceil(((sorted.length - 1) * 3) / 4)]];
};

/**
 * Where the median of some timings may lie: the middle `level` of the medians of `samples` resamples
 * (bootstrap, with a fixed seed so one set of timings always gives one answer). On a noisy machine a
 * median alone can fall either side of a target from run to run; this says whether the loads decide it.
 */
export function medianInterval(values, { samples = 2000, level = 0.9 } = {}) {
  let seed = 0x2545f491;
  // xorshift32: enough randomness for resampling, and the same every run.
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 2 ** 32;
  };
  const medians = [];
  for (let s = 0; s < samples; s++) medians.push(median(values.map(() => values[Math.floor(random() * values.length)])));
  medians.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return [medians[Math.floor(tail * (samples - 1))], medians[Math.ceil((1 - tail) * (samples - 1))]];
}

/**
 * demo/index.html served from the repository's root: its module script replaced by `script`, its
 * stylesheet and icon found from there, and its <helpline-box> (with the fallback inside) replaced by
 * `box` when one is given.
 */
export function demoArticle(script, box) {
  const page = readFileSync('demo/index.html', 'utf8')
    .replace(/<script type="module"[^>]*><\/script>/, script)
    .replace('href="./article.css"', 'href="/demo/article.css"')
    .replace('href="./favicon.svg"', 'href="/demo/public/favicon.svg"');
  return box === undefined ? page : page.replace(/<helpline-box[\s\S]*?<\/helpline-box>/, box);
}
