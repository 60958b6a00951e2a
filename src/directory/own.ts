/**
 * Reading data so that a polluted page cannot change it. A buggy library that
 * sets `Object.prototype.active = false` would otherwise take every line out of
 * the box (a line without `active` reads the prototype's), and
 * `Object.prototype.hours` would mark 999 closed. So the directory is copied
 * into frozen objects that have no prototype, and an optional field of an
 * object made elsewhere (a query, opening hours, an open state) is read only
 * when it is the object's own.
 */

/** `object[key]` when the object has it as its own property, else undefined. */
export const own = <T extends object, K extends keyof T>(object: T, key: K): T[K] | undefined =>
  Object.hasOwn(object, key) ? object[key] : undefined;

/**
 * A shallow copy without a prototype: for objects handed to code that reads
 * fields they lack, such as Intl, which would take `hour12` or `calendar` from
 * a polluted Object.prototype.
 */
export const bare = <T extends object>(object: T): T => Object.assign(Object.create(null) as T, object);

/**
 * A directory nests 10 deep (`$.lines[0].contacts[0].hours.exceptions[0].sessions[0].opens`);
 * a cycle or a pathological object stops at these bounds instead of running forever.
 */
const MAX_DEPTH = 20;
/** More values than a 1 MB file can hold (MAX_DIRECTORY_BYTES, validate.ts). */
const MAX_VALUES = 1_000_000;

/**
 * A deep copy of JSON-like data in frozen objects without a prototype (arrays
 * stay frozen arrays). Each property is read once, so a getter cannot show the
 * checker one value and the box another. Throws a RangeError past the bounds.
 */
export function ownData<T>(value: T): T {
  let values = 0;
  const copy = (from: unknown, depth: number): unknown => {
    if (++values > MAX_VALUES || depth > MAX_DEPTH) throw new RangeError('it is nested too deep or is too large');
    if (from === null || typeof from !== 'object') return from;
    // A hole in an array would read the prototype too.
    if (Array.isArray(from)) return Object.freeze(Array.from({ length: from.length }, (_, i) => copy(Object.hasOwn(from, i) ? from[i] : undefined, depth + 1)));
    const to = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(from)) to[key] = copy((from as Record<string, unknown>)[key], depth + 1);
    return Object.freeze(to);
  };
  return copy(value, 0) as T;
}
