/** Random directories for fuzz tests: arbitrary edits of the shipped one. */
import fc from 'fast-check';
import { bundledDirectory } from '../../src/directory/bundled.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON tree. */
export function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

/** A copy of `root` with the value at `path` replaced, or deleted when `next` is undefined (a list's item spliced out). */
export function mutate(root: Json, path: (string | number)[], next: Json | undefined): Json {
  if (path.length === 0) return next ?? null;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (next === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = next;
  return copy;
}

const shipped = bundledDirectory as unknown as Json;
const shippedPaths = paths(shipped);
const SCRIPTY = ['javascript:alert(1)', '<img src=x onerror=alert(1)>', 'data:text/html,x', 'http://example.org/', '', '999', '+44', 'GB', 'emergency'];

/** One to four random edits of the shipped directory: new values, deletions, script-like strings. */
export const mutatedDirectory = fc
  .array(
    fc.record({
      at: fc.nat({ max: shippedPaths.length - 1 }),
      value: fc.oneof(fc.jsonValue() as fc.Arbitrary<Json>, fc.constantFrom(...SCRIPTY), fc.constant(undefined)),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((edits) =>
    edits.reduce<Json>((dir, { at, value }) => {
      const path = shippedPaths[at];
      try {
        return mutate(dir, path, value);
      } catch {
        return dir; // an earlier edit removed this path
      }
    }, shipped),
  );

export const REGIONS = ['GB', 'GB-ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR'];
