/**
 * Issue #11, bounds: a `src` directory is read up to 1 MB and no further. A
 * 10 MB directory froze a page for 10 to 30 seconds; an endless one never let
 * the box settle. `fetch` is replaced here by one that answers from a stream
 * the test controls.
 */
import { expect } from '@open-wc/testing';
import { bundledDirectory } from '../../src/directory/bundled.js';
import { loadDirectory } from '../../src/directory/load.js';

/** The documented limit (MAX_DIRECTORY_BYTES in src/directory/validate.ts). */
const MAX_DIRECTORY_BYTES = 1024 * 1024;
const CHUNK = 64 * 1024;

/** A body of spaces, `total` bytes long (endless when Infinity), that counts what was read and whether it was cancelled. */
function spaces(total: number) {
  const seen = { bytes: 0, cancelled: false };
  const chunk = new TextEncoder().encode(' '.repeat(CHUNK));
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const size = Math.min(CHUNK, total - seen.bytes);
      if (size <= 0) return controller.close();
      seen.bytes += size;
      controller.enqueue(size === CHUNK ? chunk : chunk.slice(0, size));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { body, seen };
}

/** Runs `body` with window.fetch answering every request with `answer()`. */
async function withFetch<T>(answer: () => Response, body: () => Promise<T>): Promise<T> {
  const real = window.fetch.bind(window);
  window.fetch = () => Promise.resolve(answer());
  try {
    return await body();
  } finally {
    window.fetch = real;
  }
}

let n = 0;
/** A URL no other test has loaded: loadDirectory keeps one answer per URL for the page's lifetime. */
const fresh = () => `https://directory.example/${Date.now()}-${++n}.json`;

describe('loadDirectory: at most 1 MB', () => {
  it('gives up at once on a declared length over 1 MB, without reading the body', async () => {
    const { body, seen } = spaces(Infinity);
    const url = fresh();
    const result = await withFetch(() => new Response(body, { headers: { 'content-length': String(10 * 1024 * 1024) } }), () => loadDirectory(url, location.href, 2000));
    expect(result.directory).to.equal(null);
    expect(result.error).to.equal(`could not use the directory at ${url}: it is larger than 1 MB, the most a box reads; showing the bundled lines instead`);
    // The stream may have filled its queue once, and no more.
    expect(seen.bytes).to.be.at.most(CHUNK);
  });

  it('stops reading an endless body just past 1 MB and cancels the download', async () => {
    const { body, seen } = spaces(Infinity);
    const url = fresh();
    const result = await withFetch(() => new Response(body), () => loadDirectory(url, location.href, 2000));
    expect(result.error).to.contain('it is larger than 1 MB, the most a box reads');
    expect(seen.bytes).to.be.within(MAX_DIRECTORY_BYTES, MAX_DIRECTORY_BYTES + 2 * CHUNK);
    expect(seen.cancelled).to.equal(true);
  });

  it('stops reading a 10 MB body that declares no length', async () => {
    const { body, seen } = spaces(10 * 1024 * 1024);
    const result = await withFetch(() => new Response(body), () => loadDirectory(fresh(), location.href, 2000));
    expect(result.error).to.contain('it is larger than 1 MB');
    expect(seen.bytes).to.be.below(2 * MAX_DIRECTORY_BYTES);
  });

  it('reads a directory of exactly 1 MB', async () => {
    const json = new TextEncoder().encode(JSON.stringify(bundledDirectory));
    const padded = new Uint8Array(MAX_DIRECTORY_BYTES).fill(0x20);
    padded.set(json);
    const result = await withFetch(() => new Response(padded, { headers: { 'content-length': String(padded.byteLength) } }), () => loadDirectory(fresh(), location.href, 2000));
    expect(result.error).to.equal(null);
    expect(result.directory?.lines.length).to.equal(bundledDirectory.lines.length);
  });

  it('still reports a body that is not JSON, and a server error', async () => {
    const notJson = await withFetch(() => new Response('<html>'), () => loadDirectory(fresh(), location.href, 2000));
    expect(notJson.error).to.match(/it is not valid JSON/);
    const missing = await withFetch(() => new Response('gone', { status: 404, statusText: 'Not Found' }), () => loadDirectory(fresh(), location.href, 2000));
    expect(missing.error).to.match(/the server answered 404 Not Found/);
  });
});
