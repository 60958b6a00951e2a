// A tiny static server for the repository or dist/, for tests, screenshots and benchmarks on this
// machine (loopback only).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/rss+xml' };

/**
 * Serves `root` on 127.0.0.1. `pages` maps extra paths to what the caller wrote: HTML as a string, or
 * `{ body, type }`; it is read at each request, so a caller may add pages later. `headers(path)` may add
 * response headers (a CSP, say). `route(path)` sees every request first and returns the path to answer
 * it with (it may wait first, to answer late); by default the path asked for.
 */
export function serve(root, { port = 0, headers = () => ({}), pages = {}, route = (path) => path } = {}) {
  const server = createServer(async (req, res) => {
    const path = await route(normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, ''));
    const page = pages[path];
    if (page) {
      res.writeHead(200, { 'content-type': page.type ?? TYPES['.html'], ...headers(path) });
      res.end(typeof page === 'string' ? page : page.body);
      return;
    }
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers(path) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` })));
}
