/**
 * Loads a publisher's directory from `src`: one request per URL for the page's
 * lifetime however many boxes use it, a timeout, and validation. Never throws;
 * on any failure the caller keeps the bundled directory.
 */
import type { Directory } from './directory/schema.js';
import type { Problem } from './directory/validate.js';
import { loadValidator } from './validator.js';

export interface LoadResult {
  /** The usable directory, or null when the box must keep the bundled one. */
  directory: Directory | null;
  /** One message naming the URL and the first problems, when anything was wrong. */
  error: string | null;
  problems: Problem[];
}

export const LOAD_TIMEOUT_MS = 3000;
const MAX_PROBLEMS_IN_MESSAGE = 3;

const cache = new Map<string, Promise<LoadResult>>();

function failure(url: string, what: string, problems: Problem[] = []): LoadResult {
  return { directory: null, error: `could not use the directory at ${url}: ${what}; showing the bundled lines instead`, problems };
}

async function fetchDirectory(url: string, timeoutMs: number): Promise<LoadResult> {
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
    if (!response.ok) return failure(url, `the server answered ${response.status} ${response.statusText}`.trim());
    text = await response.text();
  } catch (error) {
    return failure(url, controller.signal.aborted ? `no answer within ${timeoutMs / 1000} seconds` : `the request failed (${String(error)})`);
  } finally {
    clearTimeout(timer);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failure(url, `it is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  let validator;
  try {
    validator = await loadValidator();
  } catch (error) {
    return failure(url, `the directory checker could not be loaded (${String(error)})`);
  }
  const { directory, problems } = validator.parseDirectory(json);
  if (problems.length === 0) return { directory, error: null, problems };
  const shown = problems.slice(0, MAX_PROBLEMS_IN_MESSAGE).map(validator.formatProblem).join('; ');
  const more = problems.length > MAX_PROBLEMS_IN_MESSAGE ? ` and ${problems.length - MAX_PROBLEMS_IN_MESSAGE} more` : '';
  if (!directory) return failure(url, `${shown}${more}`, problems);
  return {
    directory,
    error: `the directory at ${url} has problems; the lines with problems were left out: ${shown}${more}`,
    problems,
  };
}

export function loadDirectory(src: string, base: string, timeoutMs = LOAD_TIMEOUT_MS): Promise<LoadResult> {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return Promise.resolve(failure(src, 'it is not a valid URL'));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return Promise.resolve(failure(src, 'only http and https URLs are fetched'));
  }
  const key = url.href;
  let pending = cache.get(key);
  if (!pending) {
    pending = fetchDirectory(key, timeoutMs);
    cache.set(key, pending);
  }
  return pending;
}
