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
 * Makes the copies' objects. Their prototype is an empty frozen object that
 * has no prototype itself, so a missing field reads undefined whatever a page
 * does to Object.prototype, as with `Object.create(null)`; but V8 gives
 * objects made by one constructor fast property access, where an object made
 * by `Object.create(null)` is a slow dictionary: this copies a directory about
 * twice as fast and reads it about three times as fast (bench/scale.mjs).
 */
function Own(this: Record<string, unknown>): void {
  // The copy sets the fields.
}
Own.prototype = Object.freeze(Object.create(null) as object);
/** An empty object for a copy: no field of it comes from any prototype. */
export const ownRecord = (): Record<string, unknown> => new (Own as unknown as new () => Record<string, unknown>)();

/**
 * A directory nests 10 deep (`$.lines[0].contacts[0].hours.exceptions[0].sessions[0].opens`);
 * a cycle or a pathological object stops at these bounds instead of running forever.
 */
const MAX_DEPTH = 20;
/** More values than a 1 MB file can hold (MAX_DIRECTORY_BYTES, validate.ts). */
export const MAX_VALUES = 1_000_000;

/** The values one directory may hold, spent by every copy made of it: past MAX_VALUES, a RangeError. */
export class Budget {
  #left = MAX_VALUES;
  spend(values: number): void {
    if ((this.#left -= values) < 0) throw new RangeError('it is nested too deep or is too large');
  }
  /** What is left. A copy counts on its own and sets what it left; a check that was given up sets back what was left before it. */
  get left(): number {
    return this.#left;
  }
  set left(left: number) {
    this.#left = left;
  }
}

// The language's own, taken as this module loads: a page that replaces them later changes nothing here.
const ArrayOwn = Array;
const ArrayProto = Array.prototype;
const arrayFrom = Array.from;
type Splice = (this: readonly unknown[], start: number, skip: number) => unknown[];

/**
 * Whether a function says it is the browser's own, not a page's polyfill. A
 * polyfill of `toSpliced` may fill its copy with `copy[i] = item`, which a
 * setter a page put on Array.prototype swallows (the copy keeps a hole that
 * its getter fills). Some polyfills say they are native too (core-js), so
 * ownItems also checks what it is given.
 */
export function isNative(fn: unknown): boolean {
  try {
    return typeof fn === 'function' && /\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(fn));
  } catch {
    // A page's Function.prototype.toString that throws.
    return false;
  }
}

/**
 * ES2023's copying splice, when it is the browser's own: makes a plain Array
 * whatever a page did to `constructor` or `Symbol.species`.
 */
const toSpliced = ((splice: unknown) => (isNative(splice) ? (splice as Splice) : undefined))((ArrayProto as { toSpliced?: unknown }).toSpliced);

/**
 * A new array of `length` items, the i-th `item(i)`, each defined as its own
 * (never written through a setter a page put on Array.prototype). The
 * array-like has no prototype: Array.from would otherwise take an iterator a
 * page put on Object.prototype, which decides how many items come out.
 */
export function ownList<T>(length: number, item: (i: number) => T): T[] {
  const list = arrayFrom.call<ArrayConstructor, [ArrayLike<unknown>, (_: unknown, i: number) => T], T[]>(ArrayOwn, { __proto__: null, length } as ArrayLike<unknown>, (_, i) => item(i));
  if (list.length !== length) throw new TypeError('a list could not be copied');
  return list;
}

/**
 * A new plain array of the `length` items of `from` (read once by the caller),
 * a hole read as undefined, never as the prototype's item. Every item is the
 * copy's own, so the caller may overwrite it with `copy[i] = checked`: only a
 * missing one would be written through a setter a page put on
 * Array.prototype or Object.prototype under that index. A list of up to four
 * items (most lists in a directory) is an array literal; a longer one is made
 * by `toSpliced`. Both are faster than `Array.prototype.map` (which took a
 * descriptor check per list besides), and neither asks the list's
 * `constructor` what to make, as map does: a page that set
 * `Array.prototype.constructor` would choose the array map writes into. A
 * browser without its own `toSpliced` (before 2023, or with a page's
 * polyfill in its place) copies a longer list with ownList, as does a list
 * whose `toSpliced` copy is not a whole plain array (a polyfill that passed
 * for native and lost an item to a setter).
 */
export function ownItems(from: readonly unknown[], length: number): unknown[] {
  // Each item read inline, not through a helper made per list: a directory has a hundred thousand lists.
  switch (length) {
    case 0:
      return [];
    case 1:
      return [Object.hasOwn(from, 0) ? from[0] : undefined];
    case 2:
      return [Object.hasOwn(from, 0) ? from[0] : undefined, Object.hasOwn(from, 1) ? from[1] : undefined];
    case 3:
      return [Object.hasOwn(from, 0) ? from[0] : undefined, Object.hasOwn(from, 1) ? from[1] : undefined, Object.hasOwn(from, 2) ? from[2] : undefined];
    case 4:
      return [
        Object.hasOwn(from, 0) ? from[0] : undefined,
        Object.hasOwn(from, 1) ? from[1] : undefined,
        Object.hasOwn(from, 2) ? from[2] : undefined,
        Object.hasOwn(from, 3) ? from[3] : undefined,
      ];
  }
  const slow = () => ownList(length, (i) => (Object.hasOwn(from, i) ? from[i] : undefined));
  const copy: unknown = toSpliced?.call(from, 0, 0);
  if (!Array.isArray(copy) || Object.getPrototypeOf(copy) !== ArrayProto || copy.length !== length) return slow();
  for (let i = 0; i < length; i++) {
    if (!Object.hasOwn(copy, i)) return slow();
    if (!Object.hasOwn(from, i)) copy[i] = undefined;
  }
  return copy;
}

/** A new plain array of `each(item)` for every item of `from`, as ownItems reads them; `each` runs once per item. */
export function listCopy(from: readonly unknown[], each: (item: unknown) => unknown, length = from.length): unknown[] {
  const copy = ownItems(from, length);
  for (let i = 0; i < length; i++) copy[i] = each(copy[i]);
  return copy;
}

/**
 * A deep copy of JSON-like data in frozen objects that take nothing from a prototype (arrays
 * stay frozen arrays). Each property is read once, so a getter cannot show the
 * checker one value and the box another. Throws a RangeError past the bounds.
 */
export function ownData<T>(value: T, budget = new Budget()): T {
  // Counted here and settled with the budget at the end: a call per value costs a page's first box.
  let left = budget.left;
  const copy = (from: unknown, depth: number): unknown => {
    if (--left < 0 || depth > MAX_DEPTH) throw new RangeError('it is nested too deep or is too large');
    if (from === null || typeof from !== 'object') return from;
    if (Array.isArray(from)) return Object.freeze(listCopy(from, (item) => copy(item, depth + 1)));
    const to = ownRecord();
    for (const key of Object.keys(from)) to[key] = copy((from as Record<string, unknown>)[key], depth + 1);
    return Object.freeze(to);
  };
  const copied = copy(value, 0) as T;
  budget.left = left;
  return copied;
}

/**
 * ownData without its bounds, for data this project built and checked itself
 * (the bundled directory, parsed from the bundle's own JSON text): it has no
 * cycle, getter or hole, and its size is known, so nothing is counted. It runs
 * as every page loads, before the first box: a cold copy of the whole
 * directory at 4x took 8.0 ms, against 10.8 with ownData as it was (lists
 * copied with map) and more with ownData as it is.
 */
export function ownTrusted<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return Object.freeze(listCopy(value, ownTrusted)) as T;
  const to = ownRecord();
  for (const key of Object.keys(value)) to[key] = ownTrusted((value as Record<string, unknown>)[key]);
  return Object.freeze(to) as T;
}

