// Pages for the render tests in test/node/render-*.test.mjs: a loopback server for the repository
// (dist/ included) that answers paths under /slow/ late, so a page paints its prerendered box before
// the script arrives, and counts every request, so a test can say that nothing was fetched twice.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/rss+xml' };

/** A strict policy: no inline script or style, no style attribute. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  'require-trusted-types-for \'script\'',
  'trusted-types lit-html',
].join('; ');

/**
 * Serves the repository on 127.0.0.1. `pages` maps paths to `{ body, csp?, type? }`; a path under
 * /slow/ is the file without that prefix, answered after `delayMs`; `aliases` maps a path prefix to a
 * folder of the repository (`{ '/helpline-box/': 'dist/' }`), where scripts are answered late too.
 * `requests` lists each path asked for.
 */
export async function servePages(pages, { delayMs = 1000, aliases = {} } = {}) {
  const root = resolve('.');
  const requests = [];
  const server = createServer(async (req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    requests.push(path);
    const page = pages[path];
    if (page) {
      res.writeHead(200, { 'content-type': page.type ?? TYPES['.html'], ...(page.csp ? { 'content-security-policy': page.csp } : {}) });
      res.end(page.body);
      return;
    }
    if (path.startsWith('/slow/')) {
      await new Promise((done) => setTimeout(done, delayMs));
      path = path.slice('/slow'.length);
    }
    const alias = Object.keys(aliases).find((prefix) => path.startsWith(prefix));
    if (alias) {
      if (path.endsWith('.js')) await new Promise((done) => setTimeout(done, delayMs));
      path = `/${aliases[alias]}${path.slice(alias.length)}`;
    }
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${server.address().port}`, requests };
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
