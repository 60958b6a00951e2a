/**
 * Brings a publisher's directory in: from `src` (one request per URL for the
 * page's lifetime however many boxes use it, with a timeout) or from the
 * `directory` property, then validation. Never throws; on any failure the
 * caller keeps the bundled directory. Reading the body (at most
 * MAX_DIRECTORY_BYTES), JSON and the check come with the checker
 * (validate.ts), which only a box with a directory of its own loads.
 */
import type { LoadResult } from './validate.js';
import { loadValidator } from '../platform/assets.js';

export type { LoadResult };

export const LOAD_TIMEOUT_MS = 3000;

const cache = new Map<string, Promise<LoadResult>>();

function failure(where: string, what: string): LoadResult {
  return { directory: null, error: `could not use ${where}: ${what}; showing the bundled lines instead`, problems: [] };
}

const checkerFailed = (where: string, error: unknown) => failure(where, `the directory checker could not be loaded (${String(error)})`);

/** Validates an already parsed directory; `where` names it in messages. */
export async function checkDirectory(input: unknown, where: string): Promise<LoadResult> {
  try {
    return (await loadValidator()).checkDirectory(input, where);
  } catch (error) {
    // The checker's checkDirectory never throws: this is the checker failing to load.
    return checkerFailed(where, error);
  }
}

async function fetchDirectory(url: string, timeoutMs: number): Promise<LoadResult> {
  const where = `the directory at ${url}`;
  // The checker loads while the directory downloads; it reads the body.
  const validator = loadValidator();
  validator.catch(() => undefined);
  const controller = new AbortController();
  const started = Date.now();
  let timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    // No cookies and no referrer: the request must not tell anyone which article a reader is on.
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return failure(where, `the server answered ${response.status} ${response.statusText}`.trim());
    // The time limit is the server's: it stops while the checker finishes loading on a busy page,
    // then the body gets what is left (at least a second) to arrive.
    clearTimeout(timer);
    let checker;
    try {
      checker = await validator;
    } catch (error) {
      return checkerFailed(where, error);
    }
    timer = setTimeout(() => controller.abort(), Math.max(timeoutMs - (Date.now() - started), 1000));
    return await checker.readDirectory(response, where);
  } catch (error) {
    return failure(where, controller.signal.aborted ? `no answer within ${timeoutMs / 1000} seconds` : `the request failed (${String(error)})`);
  } finally {
    clearTimeout(timer);
  }
}

export function loadDirectory(src: string, base: string, timeoutMs = LOAD_TIMEOUT_MS): Promise<LoadResult> {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return Promise.resolve(failure(`the directory at ${src}`, 'it is not a valid URL'));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return Promise.resolve(failure(`the directory at ${src}`, 'only http and https URLs are fetched'));
  }
  const key = url.href;
  let pending = cache.get(key);
  if (!pending) {
    pending = fetchDirectory(key, timeoutMs);
    cache.set(key, pending);
  }
  return pending;
}
