import { z } from 'zod';

/**
 * A check that a value already is what a zod schema would return for it: `true` only when
 * `schema.parse(value)` would succeed AND return a value equal to `value` (no coercion, no
 * stripped key). The schema stays the specification and the error reporter; the guard only
 * lets the common case (a body already in the promised shape) skip zod's copy.
 */
type Guard = (value: unknown) => boolean;

const never: Guard = () => false;
const always: Guard = () => true;
const guards = new WeakMap<z.ZodType, Guard>();
const canonicalPreprocess = new WeakSet<z.ZodType>();

/**
 * `z.preprocess(coerce, inner)` for wire tolerance (a number sent as a string, `null` for an
 * absent field), where `coerce` must return a value already in `inner`'s shape unchanged.
 * The fast path then checks `inner` alone.
 */
export function wirePreprocess<T extends z.ZodType>(coerce: (value: unknown) => unknown, inner: T) {
  const schema = z.preprocess(coerce, inner);
  canonicalPreprocess.add(schema);
  return schema;
}

interface Check {
  readonly check?: string;
  readonly format?: string;
  readonly value?: unknown;
  readonly inclusive?: boolean;
}

function numberGuard(checks: readonly Check[]): Guard {
  const tests: ((value: number) => boolean)[] = [];
  for (const check of checks) {
    if (check.check === 'number_format' && check.format === 'safeint') tests.push(Number.isSafeInteger);
    else if (check.check === 'greater_than' && typeof check.value === 'number') {
      const bound = check.value;
      tests.push(check.inclusive === true ? (value) => value >= bound : (value) => value > bound);
    } else if (check.check === 'less_than' && typeof check.value === 'number') {
      const bound = check.value;
      tests.push(check.inclusive === true ? (value) => value <= bound : (value) => value < bound);
    } else return never;
  }
  return (value) => typeof value === 'number' && Number.isFinite(value) && tests.every((test) => test(value));
}

// An own `__proto__` key (JSON.parse makes one) is left to zod, which does not copy it: the fast path
// must never return what zod would not.
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !Object.hasOwn(value, '__proto__');

function objectGuard(shape: Readonly<Record<string, z.ZodType>>, catchall: z.ZodType | undefined): Guard {
  const entries = Object.entries(shape).map(([key, schema]) => [key, guardOf(schema)] as const);
  const extra = catchall === undefined ? never : guardOf(catchall);
  const extrasAllowed = catchall !== undefined && catchall._zod.def.type === 'unknown';
  return (value) => {
    if (!isPlainObject(value)) return false;
    for (const [key, guard] of entries) if (!guard(value[key])) return false;
    if (extrasAllowed) return true;
    for (const key in value) if (!Object.hasOwn(shape, key) && !extra(value[key])) return false;
    return true;
  };
}

function compile(schema: z.ZodType): Guard {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string; checks?: readonly z.ZodType[] };
  const checks = (def.checks ?? []).map((check) => check._zod.def as Check);
  switch (def.type) {
    case 'string':
      return checks.length === 0 ? (value) => typeof value === 'string' : never;
    case 'number':
      return numberGuard(checks);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'null':
      return (value) => value === null;
    case 'unknown':
    case 'any':
      return always;
    case 'literal': {
      const values = def.values as readonly unknown[];
      return (value) => values.includes(value);
    }
    case 'optional': {
      const inner = guardOf(def.innerType as z.ZodType);
      return (value) => value === undefined || inner(value);
    }
    case 'nullable': {
      const inner = guardOf(def.innerType as z.ZodType);
      return (value) => value === null || inner(value);
    }
    case 'array': {
      if (checks.length > 0) return never;
      const element = guardOf(def.element as z.ZodType);
      return (value) => Array.isArray(value) && value.every((item) => element(item));
    }
    case 'tuple': {
      if (def.rest !== null && def.rest !== undefined) return never;
      const items = (def.items as readonly z.ZodType[]).map(guardOf);
      return (value) => Array.isArray(value) && value.length === items.length && items.every((g, i) => g(value[i]));
    }
    case 'object':
      return checks.length === 0
        ? objectGuard(def.shape as Record<string, z.ZodType>, def.catchall as z.ZodType | undefined)
        : never;
    case 'record': {
      const key = (def.keyType as z.ZodType)._zod.def;
      if (key.type !== 'string' || (key.checks ?? []).length > 0) return never;
      const element = guardOf(def.valueType as z.ZodType);
      return (value) => isPlainObject(value) && Object.values(value).every((item) => element(item));
    }
    case 'union': {
      const options = (def.options as readonly z.ZodType[]).map(guardOf);
      return (value) => options.some((option) => option(value));
    }
    case 'custom': {
      const fn = def.fn as (value: unknown) => unknown;
      return (value) => fn(value) === true;
    }
    case 'pipe': {
      if (canonicalPreprocess.has(schema)) return guardOf(def.out as z.ZodType);
      // a.pipe(b): a value a returns unchanged and b returns unchanged passes through both unchanged.
      const first = guardOf(def.in as z.ZodType);
      const second = guardOf(def.out as z.ZodType);
      return (value) => first(value) && second(value);
    }
    case 'lazy': {
      let inner: Guard | undefined;
      return (value) => (inner ??= guardOf((def.getter as () => z.ZodType)()))(value);
    }
    default:
      // Transforms, defaults, catches, refinements we do not model: always take zod's path.
      return never;
  }
}

/**
 * The fast-path guard of a schema (compiled once per schema and cached).
 */
export function guardOf(schema: z.ZodType): Guard {
  let guard = guards.get(schema);
  if (guard === undefined) {
    // A placeholder first, so a schema that refers to itself (lazy) does not loop.
    guards.set(schema, never);
    guard = compile(schema);
    guards.set(schema, guard);
  }
  return guard;
}
