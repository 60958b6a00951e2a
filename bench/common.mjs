// What the benchmarks share: the middle of a set of timings and its middle half, and the demo article as a page served from
// the repository's root (bench/render.mjs, bench/profile.mjs, bench/scale.mjs).
import { readFileSync } from 'node:fs';

/** The median of some timings (the upper middle one for an even count). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The first and third quartiles (nearest rank): the middle half of a set of timings lies between them. */
export const quartiles = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return [sorted[Math.floor((sorted.length - 1) / 4)], sorted[Math.ceil(((sorted.length - 1) * 3) / 4)]];
};

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
