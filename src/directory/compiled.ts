/**
 * A zod schema turned, once, into a tree of plain functions that check a value
 * and copy it into frozen objects without a prototype (own.ts) in one pass.
 *
 * Why: zod runs without its JIT here (a strict Content Security Policy refuses
 * `new Function`, schema.ts), and its general object and array machinery, plus
 * the copies made before and after it for a polluted page, cost about 25 µs a
 * line: 250 ms for a directory of 10,000. This does the same check and the
 * same copy in one walk, several times faster, with no `new Function` either.
 *
 * zod stays the one description of a valid line: objects, lists, optional
 * fields and unions are walked here as zod walks them, and every value inside
 * is checked as zod checks it: a pattern tested, a trim made, a length or a set
 * of values compared, any other check by zod's own code. A schema of a kind,
 * or with a check, this does not know is handed to zod whole. What it reads of
 * zod's definitions it reads once, as their own fields: a page's
 * `Object.prototype.when` cannot switch a check off. The answer is only ever "valid, and here is the copy" or REFUSED;
 * a refused value goes to zod's full parse, which words the problems
 * (validate.ts). A test holds the two to the same verdict and the same copy on
 * the bundled directory and on every kind of broken line.
 */
import type * as z from 'zod/mini';
import { ownData, ownItems, ownRecord, type Budget } from './own.js';

/** What a compiled check returns for a value zod would refuse. */
export const REFUSED: unique symbol = Symbol('refused');

/**
 * Checks a value and returns its copy, or REFUSED. Each value is spent from the
 * budget once, by the object or list that holds it, as ownData spends them;
 * the caller spends the outermost.
 */
export type CompiledCheck = (value: unknown, budget: Budget) => unknown;

type Schema = z.core.$ZodType;
// zod types a check by the value it takes; these run on whatever a schema was given.
type Check = z.core.$ZodCheck<never>;
type Payload = z.core.ParsePayload;
type Refusable<T> = T | typeof REFUSED;

const CONTEXT = { async: false } as const;
const scratch: Payload = { value: undefined, issues: [] };

/** A field of zod's own definitions, never one a page put on Object.prototype. */
function defined<T>(def: object, key: string): T | undefined {
  return Object.hasOwn(def, key) ? ((def as Record<string, unknown>)[key] as T) : undefined;
}

/** The checks of a schema, a format first (it is a check of its own). */
function checksOf(schema: Schema): Check[] {
  const own = defined<Check[]>(schema._zod.def, 'checks') ?? [];
  return schema._zod.traits.has('$ZodCheck') ? [schema as unknown as Check, ...own] : [...own];
}

/** A check run by zod's own code as zod runs it, after its `when`: the value it leaves, or REFUSED. */
function zodCheck(check: Check): (value: unknown) => unknown {
  const when = defined<(payload: Payload) => boolean>(check._zod.def, 'when');
  return (value) => {
    scratch.value = value;
    scratch.issues.length = 0;
    const payload = scratch as z.core.ParsePayload<never>;
    if (when && !when(payload)) return value;
    if (check._zod.check(payload) instanceof Promise || payload.issues.length > 0) return REFUSED;
    return scratch.value;
  };
}

/** Formats whose whole check is their pattern (zod's `$ZodCheckStringFormat`); a URL's is not, nor is every other. */
const PATTERN_FORMATS = new Set(['regex', 'email', 'date', 'datetime', 'time']);

/**
 * One check of a string or a list as a function: the kinds a directory uses as
 * the plain operations zod's own code does for them, any other by that code.
 */
function compileCheck(check: Check): (value: never) => unknown {
  const def = check._zod.def;
  const kind = defined<string>(def, 'check');
  const format = defined<string>(def, 'format');
  const pattern = defined<RegExp>(def, 'pattern');
  const minimum = defined<number>(def, 'minimum');
  const tx = defined<(value: string) => string>(def, 'tx');
  if (kind === 'string_format' && format && PATTERN_FORMATS.has(format) && pattern) {
    return (value: string) => {
      pattern.lastIndex = 0;
      return pattern.test(value) ? value : REFUSED;
    };
  }
  if (kind === 'overwrite' && tx) return tx;
  if (kind === 'min_length' && minimum !== undefined) {
    // zod counts a string's code points; one is one or two code units, so only lengths in between need
    // counting. A list's length is its length.
    const counted = zodCheck(check);
    return (value: string | readonly unknown[]) =>
      value.length >= minimum * 2 || (Array.isArray(value) && value.length >= minimum) ? value : value.length < minimum ? REFUSED : counted(value);
  }
  return zodCheck(check);
}

/** Checks in order, each given what the one before left: the value they leave, or REFUSED. */
function chain<T>(checks: readonly ((value: never) => unknown)[]): (value: T) => Refusable<T> {
  const [first, second] = checks as ((value: T) => Refusable<T>)[];
  if (checks.length === 0) return (value) => value;
  if (checks.length === 1) return first;
  if (checks.length === 2) return (value) => {
    const checked = first(value);
    return checked === REFUSED ? REFUSED : second(checked);
  };
  return (value) => {
    let checked: Refusable<T> = value;
    for (let i = 0; i < checks.length && checked !== REFUSED; i++) checked = (checks[i] as (value: T) => Refusable<T>)(checked);
    return checked;
  };
}

/** Checks of a list zod only compares (a length), never rewrites: the kinds a list may have here. */
const LENGTH_CHECKS = new Set(['min_length', 'max_length', 'length_equals']);

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Whether the object has the field as its own: one from a prototype counts as absent, as in ownData. A
 * field of its own that is not enumerable (only a page's own object can have one) is read and checked
 * here like any other, where ownData, which copies what Object.keys lists, leaves it out; asking
 * `propertyIsEnumerable` instead cost a tenth of the check.
 */
const hasField = (object: object, key: string): boolean => Object.hasOwn(object, key);

/** Kinds of field that put a value in when there is none, or in place of a bad one: an object with one is left to zod. */
const FILLING = new Set(['default', 'prefault', 'catch', 'nonoptional', 'pipe', 'transform']);

function compileObject(schema: Schema, def: z.core.$ZodObjectDef): CompiledCheck {
  const keys = Object.keys(def.shape);
  const types = keys.map((key) => defined<string>(def.shape[key]._zod.def, 'type') ?? '');
  if (checksOf(schema).length > 0 || types.some((type) => FILLING.has(type))) return delegate(schema);
  const checks = keys.map((key) => compile(def.shape[key]));
  // A field zod lets be absent (`optional`), and one it lets be undefined (not `exactOptional`).
  const optional = types.map((type) => type === 'optional');
  const undefinedAllowed = keys.map((key, i) => optional[i] && !def.shape[key]._zod.traits.has('$ZodExactOptional'));
  const known = new Set(keys);
  const catchallSchema = defined<Schema>(def, 'catchall');
  const catchall = catchallSchema ? compile(catchallSchema) : null;
  const strict = catchallSchema !== undefined && defined<string>(catchallSchema._zod.def, 'type') === 'never';
  return (value, budget) => {
    if (!isObject(value)) return REFUSED;
    const copy = ownRecord();
    let fields = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (!hasField(value, key)) {
        if (optional[i]) continue;
        return REFUSED;
      }
      const item = value[key];
      // zod keeps an optional field that is there but undefined, as undefined.
      const checked = item === undefined && undefinedAllowed[i] ? undefined : checks[i](item, budget);
      if (checked === REFUSED) return REFUSED;
      copy[key] = checked;
      fields++;
    }
    if (catchall) {
      for (const key of Object.keys(value)) {
        if (known.has(key)) continue;
        // zod never copies a field named __proto__ (nor may a copy: it is not data).
        if (key === '__proto__') {
          if (strict) return REFUSED;
          continue;
        }
        const checked = catchall(value[key], budget);
        if (checked === REFUSED) return REFUSED;
        copy[key] = checked;
        fields++;
      }
    }
    budget.spend(fields);
    return Object.freeze(copy);
  };
}

function compileArray(schema: Schema, def: z.core.$ZodArrayDef): CompiledCheck {
  const own = checksOf(schema);
  if (own.some((check) => !LENGTH_CHECKS.has(defined<string>(check._zod.def, 'check') ?? ''))) return delegate(schema);
  const lengthChecks = chain<readonly unknown[]>(own.map(compileCheck));
  const element = compile(def.element);
  return (value, budget) => {
    if (!Array.isArray(value)) return REFUSED;
    const length = value.length;
    budget.spend(length);
    // A hole is read as undefined, which every item schema here refuses: zod's full parse then words it.
    const copy = ownItems(value, length);
    for (let i = 0; i < length; i++) {
      const checked = element(copy[i], budget);
      if (checked === REFUSED) return REFUSED;
      copy[i] = checked;
    }
    if (lengthChecks(copy) === REFUSED) return REFUSED;
    return Object.freeze(copy);
  };
}

function compileUnion(schema: Schema, def: z.core.$ZodDiscriminatedUnionDef): CompiledCheck {
  const key = defined<string>(def, 'discriminator');
  // Left to zod: an exclusive union (`z.xor`: exactly one option), a discriminated one told to try every
  // option when the key matches none, or one whose options may lack the key (zod calls that ambiguous).
  if (defined<boolean>(def, 'inclusive') === false && key === undefined) return delegate(schema);
  if (defined<boolean>(def, 'unionFallback') || checksOf(schema).length > 0) return delegate(schema);
  const options = def.options.map((option) => compile(option));
  if (key === undefined) {
    // zod takes the first option that accepts the value; what a refused option counted is given back.
    return (value, budget) => {
      const left = budget.left;
      for (const option of options) {
        const checked = option(value, budget);
        if (checked !== REFUSED) return checked;
        budget.left = left;
      }
      return REFUSED;
    };
  }
  // Which option each value of the key picks, from the options' own shapes (zod's own map is worked out
  // with for...in, which a page's Object.prototype can add to).
  const byValue = new Map<unknown, CompiledCheck>();
  for (const [i, option] of def.options.entries()) {
    const shape = defined<Record<string, Schema>>(option._zod.def, 'shape');
    const field = shape && Object.hasOwn(shape, key) ? shape[key] : undefined;
    const values = field ? defined<ReadonlySet<unknown>>(field._zod, 'values') : undefined;
    if (!values || values.has(undefined)) return delegate(schema);
    for (const value of values) if (!byValue.has(value)) byValue.set(value, options[i]);
  }
  return (value, budget) => {
    if (!isObject(value) || !hasField(value, key)) return REFUSED;
    const option = byValue.get(value[key]);
    return option ? option(value, budget) : REFUSED;
  };
}

/** zod's own parse of the whole value, its output copied: for a kind this module does not walk. */
function delegate(schema: Schema): CompiledCheck {
  return (value, budget) => {
    const result = schema._zod.run({ value, issues: [] }, CONTEXT);
    if (result instanceof Promise || result.issues.length > 0) return REFUSED;
    // The holder spent the value itself; ownData counts it again, so that is given back.
    budget.spend(-1);
    return ownData(result.value, budget);
  };
}

/** The compiled check of one schema. Throws only while compiling, for a schema zod itself would reject. */
export function compile(schema: Schema): CompiledCheck {
  const def = schema._zod.def;
  const type = defined<string>(def, 'type');
  switch (type) {
    case 'object':
      return compileObject(schema, def as z.core.$ZodObjectDef);
    case 'array':
      return compileArray(schema, def as z.core.$ZodArrayDef);
    case 'optional':
      // An absent field never reaches here (the object skips it, and keeps one that is undefined); a
      // present one is its inner schema's. `exactOptional`, which refuses undefined, is left to zod.
      if (checksOf(schema).length > 0 || schema._zod.traits.has('$ZodExactOptional')) break;
      return compile((def as z.core.$ZodOptionalDef).innerType);
    case 'union':
      return compileUnion(schema, def as z.core.$ZodDiscriminatedUnionDef);
    case 'string': {
      if (defined<boolean>(def, 'coerce')) break;
      const checks = chain<string>(checksOf(schema).map(compileCheck));
      return (value) => (typeof value === 'string' ? checks(value) : REFUSED);
    }
    case 'enum':
    case 'literal': {
      // zod's parse of both: the value is one of a set.
      const values = defined<ReadonlySet<unknown>>(schema._zod, 'values');
      if (checksOf(schema).length > 0 || !values) break;
      return (value) => (values.has(value) ? value : REFUSED);
    }
    case 'boolean':
      if (checksOf(schema).length > 0 || defined<boolean>(def, 'coerce')) break;
      return (value) => (typeof value === 'boolean' ? value : REFUSED);
  }
  return delegate(schema);
}
