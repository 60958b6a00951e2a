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
 * (a string and its checks, an enum, a literal, a boolean) is checked by zod's
 * own code for that schema. A schema of a kind this does not know is handed to
 * zod whole. The answer is only ever "valid, and here is the copy" or REFUSED;
 * a refused value goes to zod's full parse, which words the problems
 * (validate.ts). A test holds the two to the same verdict and the same copy on
 * the bundled directory and on every kind of broken line.
 */
import type * as z from 'zod/mini';
import { listCopy, ownData, ownRecord, type Budget } from './own.js';

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

const CONTEXT = { async: false } as const;
const scratch: Payload = { value: undefined, issues: [] };

/** zod's own run of a schema on one value: its output, or REFUSED on any issue. */
function zodRun(schema: Schema, value: unknown): unknown {
  const result = schema._zod.run({ value, issues: [] }, CONTEXT);
  if (result instanceof Promise || result.issues.length > 0) return REFUSED;
  return result.value;
}

/** Runs checks on a payload as zod does (a rewrite such as a trim changes its value); false on the first issue. */
function passesChecks(checks: readonly Check[], given: Payload): boolean {
  const payload = given as z.core.ParsePayload<never>;
  for (const check of checks) {
    const { when } = check._zod.def;
    if (when && !when(payload)) continue;
    if (check._zod.check(payload) instanceof Promise || payload.issues.length > 0) return false;
  }
  return true;
}

/** Formats whose whole check is their pattern (zod's `$ZodCheckStringFormat`); a URL's is not, nor is every other. */
const PATTERN_FORMATS = new Set(['regex', 'email', 'date', 'datetime', 'time']);

/**
 * One check of a string as a function: the three kinds a directory uses as the
 * plain operations zod's own code does for them, any other by calling that code.
 */
function compileStringCheck(check: Check): (value: string) => string | typeof REFUSED {
  const def = check._zod.def as z.core.$ZodCheckDef & { format?: string; pattern?: RegExp; minimum?: number; tx?: (value: string) => string };
  if (def.check === 'string_format' && def.format && PATTERN_FORMATS.has(def.format) && def.pattern) {
    const pattern = def.pattern;
    return (value) => {
      pattern.lastIndex = 0;
      return pattern.test(value) ? value : REFUSED;
    };
  }
  if (def.check === 'overwrite' && def.tx) return def.tx;
  if (def.check === 'min_length' && def.minimum !== undefined) {
    const minimum = def.minimum;
    // zod counts code points; one is one or two code units, so only lengths in between need counting.
    const counted = zodCheck(check);
    return (value) => (value.length >= minimum * 2 ? value : value.length < minimum ? REFUSED : counted(value));
  }
  return zodCheck(check);
}

/** A check run by zod's own code, as zod runs it (after its `when`). */
function zodCheck(check: Check): (value: string) => string | typeof REFUSED {
  return (value) => {
    scratch.value = value;
    scratch.issues.length = 0;
    return passesChecks([check], scratch) ? (scratch.value as string) : REFUSED;
  };
}

/** Kinds whose output is the value itself (or a string a check rewrote, such as a trim): zod checks them, nothing to copy. */
const PRIMITIVES = new Set(['string', 'enum', 'literal', 'boolean', 'number']);

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A field's value when the object has it as its own; a field from a prototype counts as absent, as in ownData. */
const field = (object: Record<string, unknown>, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);

function compileObject(def: z.core.$ZodObjectDef): CompiledCheck {
  const keys = Object.keys(def.shape);
  const checks = keys.map((key) => compile(def.shape[key]));
  const optional = keys.map((key) => def.shape[key]._zod.optin === 'optional');
  const known = new Set(keys);
  const catchall = def.catchall ? compile(def.catchall) : null;
  const own = def.checks ?? [];
  return (value, budget) => {
    if (!isObject(value)) return REFUSED;
    const copy = ownRecord();
    let fields = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const item = field(value, key);
      if (item === undefined) {
        if (optional[i]) continue;
        return REFUSED;
      }
      const checked = checks[i](item, budget);
      if (checked === REFUSED) return REFUSED;
      copy[key] = checked;
      fields++;
    }
    if (catchall) {
      const others = Object.keys(value).filter((key) => !known.has(key));
      budget.spend(others.length);
      for (const key of others) {
        const checked = catchall(value[key], budget);
        if (checked === REFUSED) return REFUSED;
        copy[key] = checked;
      }
    }
    budget.spend(fields);
    if (own.length > 0 && !passesChecks(own, { value: copy, issues: [] })) return REFUSED;
    return Object.freeze(copy);
  };
}

function compileArray(def: z.core.$ZodArrayDef): CompiledCheck {
  const element = compile(def.element);
  const own = def.checks ?? [];
  return (value, budget) => {
    if (!Array.isArray(value)) return REFUSED;
    budget.spend(value.length);
    let refused = false;
    // A hole is read as undefined, which every item schema here refuses: zod's full parse then words it.
    const copy = listCopy(value, (item) => {
      if (refused) return undefined;
      const checked = element(item, budget);
      if (checked === REFUSED) refused = true;
      return checked;
    });
    if (refused || (own.length > 0 && !passesChecks(own, { value: copy, issues: [] }))) return REFUSED;
    return Object.freeze(copy);
  };
}

function compileUnion(def: z.core.$ZodDiscriminatedUnionDef): CompiledCheck {
  const options = def.options.map((option) => compile(option));
  if (def.discriminator === undefined) {
    // zod takes the first option that accepts the value.
    return (value, budget) => {
      for (const option of options) {
        const checked = option(value, budget);
        if (checked !== REFUSED) return checked;
      }
      return REFUSED;
    };
  }
  const key = def.discriminator;
  const byValue = new Map<unknown, CompiledCheck>();
  def.options.forEach((option, i) => {
    const values = option._zod.propValues?.[key];
    if (!values) throw new TypeError(`compiled check: option ${i} of a discriminated union has no "${key}"`);
    for (const value of values) if (!byValue.has(value)) byValue.set(value, options[i]);
  });
  return (value, budget) => {
    if (!isObject(value)) return REFUSED;
    const option = byValue.get(field(value, key));
    return option ? option(value, budget) : REFUSED;
  };
}

/** The compiled check of one schema. Throws only while compiling, for a schema zod itself would reject. */
export function compile(schema: Schema): CompiledCheck {
  const def = schema._zod.def;
  switch (def.type) {
    case 'object':
      return compileObject(def as z.core.$ZodObjectDef);
    case 'array':
      return compileArray(def as z.core.$ZodArrayDef);
    case 'optional': {
      // An absent field never reaches here (the object skips it); a present one is its inner schema's.
      if ((def.checks ?? []).length > 0) break;
      return compile((def as z.core.$ZodOptionalDef).innerType);
    }
    case 'union':
      // A discriminated union told to try every option when the key matches none is left to zod.
      if ((def.checks ?? []).length > 0 || (def as z.core.$ZodDiscriminatedUnionDef).unionFallback) break;
      return compileUnion(def as z.core.$ZodDiscriminatedUnionDef);
    case 'string': {
      // zod's run of a string: its type, then its checks in order (a format is a check of its own).
      if ((def as z.core.$ZodStringDef).coerce) break;
      const checks = (schema._zod.traits.has('$ZodCheck') ? [schema as unknown as Check, ...(def.checks ?? [])] : [...(def.checks ?? [])]).map(compileStringCheck);
      const [first, second] = checks;
      if (checks.length === 0) return (value) => (typeof value === 'string' ? value : REFUSED);
      if (checks.length === 1) return (value) => (typeof value === 'string' ? first(value) : REFUSED);
      if (checks.length === 2) {
        return (value) => {
          if (typeof value !== 'string') return REFUSED;
          const checked = first(value);
          return checked === REFUSED ? REFUSED : second(checked);
        };
      }
      return (value) => {
        let checked: string | typeof REFUSED = typeof value === 'string' ? value : REFUSED;
        for (let i = 0; i < checks.length && checked !== REFUSED; i++) checked = checks[i](checked);
        return checked;
      };
    }
    case 'enum':
    case 'literal': {
      // zod's parse of both: the value is one of a set.
      const values = schema._zod.values;
      if ((def.checks ?? []).length > 0 || !values) break;
      return (value) => (values.has(value as z.core.util.Primitive) ? value : REFUSED);
    }
    case 'boolean':
      if ((def.checks ?? []).length > 0 || (def as z.core.$ZodBooleanDef).coerce) break;
      return (value) => (typeof value === 'boolean' ? value : REFUSED);
    default:
      if (PRIMITIVES.has(def.type)) return (value) => zodRun(schema, value);
  }
  // Any other kind: zod's own parse, its output copied.
  return (value, budget) => {
    const parsed = zodRun(schema, value);
    return parsed === REFUSED ? REFUSED : ownData(parsed, budget);
  };
}
