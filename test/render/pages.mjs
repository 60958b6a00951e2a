// Pages for the node-side tests (test/node/*.test.mjs): the strict policy they serve pages under, and
// for the render tests a server for the repository (dist/ included) that answers paths under /slow/
// late, so a page paints its prerendered box before the script arrives, and counts every request, so a
// test can say that nothing was fetched twice.
import { resolve } from 'node:path';
import { serve } from '../../scripts/serve.mjs';

/** A strict policy: no inline script or style, no style attribute, no eval, only lit-html's Trusted Types policy. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const wait = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Serves the repository on 127.0.0.1. `pages` maps paths to `{ body, csp?, type? }`; a path under
 * /slow/ is the file without that prefix, answered after `delayMs`; `aliases` maps a path prefix to a
 * folder of the repository (`{ '/helpline-box/': 'dist/' }`), where scripts are answered late too.
 * `requests` lists each path asked for.
 */
export async function servePages(pages, { delayMs = 1000, aliases = {} } = {}) {
  const requests = [];
  const route = async (asked) => {
    requests.push(asked);
    if (pages[asked]) return asked;
    let path = asked;
    if (path.startsWith('/slow/')) {
      await wait(delayMs);
      path = path.slice('/slow'.length);
    }
    const alias = Object.keys(aliases).find((prefix) => path.startsWith(prefix));
    if (!alias) return path;
    if (path.endsWith('.js')) await wait(delayMs);
    return `/${aliases[alias]}${path.slice(alias.length)}`;
  };
  const headers = (path) => (pages[path]?.csp ? { 'content-security-policy': pages[path].csp } : {});
  const { server, url } = await serve(resolve('.'), { pages, headers, route });
  return { server, origin: url, requests };
}

/** A story page around `box`: a headline and text above it, more text below it that would move if it shifted. */
export function article(box, { head = '', tail = '', lang = 'en-GB' } = {}) {
  const para = '<p>Words of the story, long enough to wrap over a few lines on a phone, and to be pushed down if anything above them grew after it was painted.</p>';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>story</title><link rel="icon" href="/dist/site/favicon.svg">${head}</head><body><h1>A story</h1>${para}${box}${para}${para}${tail}</body></html>`;
}

/** Starts summing layout shifts before the page's own code runs; read with `layoutShift(tab)`. */
export async function watchLayoutShift(tab) {
  await tab.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shifts.push({ value: entry.value, at: Math.round(entry.startTime), sources: entry.sources?.map((s) => s.node?.nodeName ?? '?') ?? [] });
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export function layoutShift(tab) {
  return tab.evaluate(() => ({ cls: window.__shifts.reduce((sum, s) => sum + s.value, 0), shifts: window.__shifts }));
}
