/**
 * Prototype pollution as a buggy library on the host page causes it:
 * `Object.prototype.active = false` (an enumerable, writable property that
 * every plain object then appears to have). Always cleaned up.
 */

/** Where a page's pollution lands: every plain object, or every array. */
export type Polluted = 'Object.prototype' | 'Array.prototype';

const PROTOTYPES: Record<Polluted, object> = { 'Object.prototype': Object.prototype, 'Array.prototype': Array.prototype };

/** Sets `key` to `value` on the prototype and returns the function that removes it. */
export function pollute(where: Polluted, key: string, value: unknown): () => void {
  const prototype = PROTOTYPES[where];
  Object.defineProperty(prototype, key, { value, writable: true, enumerable: true, configurable: true });
  return () => {
    delete (prototype as Record<string, unknown>)[key];
  };
}

/** Runs `body` with `key` set on the prototype, and removes it however `body` ends. */
export function whilePolluted<T>(where: Polluted, key: string, value: unknown, body: () => T): T {
  const clean = pollute(where, key, value);
  try {
    return body();
  } finally {
    clean();
  }
}

/** What the accessor below reads: a line that is not in the directory. */
const FAKE = { id: 'fake', value: '+449000000000' };

/**
 * Runs `run` while `target[0]` is an accessor (not a value) that reads FAKE and
 * swallows writes; counts the writes. Such a page breaks most code, the test
 * runner's too, so the accessor lives only for the call.
 */
export function withIndexAccessor<T>(target: object, run: () => T): { result: T; swallowed: number } {
  let swallowed = 0;
  Object.defineProperty(target, '0', {
    configurable: true,
    get: () => FAKE,
    set: () => {
      swallowed++;
    },
  });
  try {
    return { result: run(), swallowed };
  } finally {
    delete (target as Record<string, unknown>)['0'];
  }
}
