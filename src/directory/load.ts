/**
 * Brings a publisher's directory in: from `src` (one request per URL for the
 * page's lifetime however many boxes use it, with a timeout) or from the
 * `directory` property, then validation. Never throws; on any failure the
 * caller keeps the bundled directory.
 */
import type { Directory } from './schema.js';
import type { Problem } from './validate.js';
import { loadValidator } from '../platform/assets.js';

export interface LoadResult {
  /** The usable directory, or null when the box must keep the bundled one. */
  directory: Directory | null;
  /** One message naming the source and the first problems, when anything was wrong. */
  error: string | null;
  problems: Problem[];
}

export const LOAD_TIMEOUT_MS = 3000;
const MAX_PROBLEMS_IN_MESSAGE = 3;

const cache = new Map<string, Promise<LoadResult>>();

function failure(where: string, what: string, problems: Problem[] = []): LoadResult {
  return { directory: null, error: `could not use ${where}: ${what}; showing the bundled lines instead`, problems };
}

/** Validates an already parsed directory; `where` names it in messages. */
export async function checkDirectory(input: unknown, where: string): Promise<LoadResult> {
  let validator;
  try {
    validator = await loadValidator();
  } catch (error) {
    return failure(where, `the directory checker could not be loaded (${String(error)})`);
  }
  let result;
  try {
    result = validator.parseDirectory(input);
  } catch (error) {
    // parseDirectory is not meant to throw; this guards the host page if it ever does.
    return failure(where, `checking it failed (${String(error)})`);
  }
  const { directory, problems } = result;
  if (problems.length === 0) return { directory, error: null, problems };
  const shown = problems.slice(0, MAX_PROBLEMS_IN_MESSAGE).map(validator.formatProblem).join('; ');
  const more = problems.length > MAX_PROBLEMS_IN_MESSAGE ? ` and ${problems.length - MAX_PROBLEMS_IN_MESSAGE} more` : '';
  if (!directory) return failure(where, `${shown}${more}`, problems);
  return { directory, error: `${where} has problems; the lines with problems were left out: ${shown}${more}`, problems };
}

async function fetchDirectory(url: string, timeoutMs: number): Promise<LoadResult> {
  const where = `the directory at ${url}`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let text: string;
  try {
    // No cookies and no referrer: the request must not tell anyone which article a reader is on.
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return failure(where, `the server answered ${response.status} ${response.statusText}`.trim());
    text = await response.text();
  } catch (error) {
    return failure(where, controller.signal.aborted ? `no answer within ${timeoutMs / 1000} seconds` : `the request failed (${String(error)})`);
  } finally {
    clearTimeout(timer);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failure(where, `it is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return checkDirectory(json, where);
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
