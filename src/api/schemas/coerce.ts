/**
 * Zoho's string scalars (api.md "Zoho Invoice v3 compatibility"): Zoho takes `"true"` /
 * `"false"` where a boolean belongs and `"30"` where a number does, which is how form-based
 * clients and many scripts send them. `coerceScalars` rewrites exactly those, where the
 * contract's schema expects a boolean or a number, before the schema parses; anything else is
 * left alone, so the schema refuses it (1001) as before.
 *
 * Driven by the schema, not by guessing: `"30"` stays a string in a text field (a phone
 * number, a custom field's text value), and the forms, which send real types, never need it.
 */
import type { z } from 'zod/mini';

type Schema = z.ZodMiniType;

/** The parts of a zod definition the walk reads (zod's own `_zod.def`, loosely typed). */
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  items?: Schema[];
  rest?: Schema | null;
  valueType?: Schema;
  options?: Schema[];
  values?: unknown[];
  innerType?: Schema;
  in?: Schema;
  left?: Schema;
  right?: Schema;
  getter?: () => Schema;
}

const defOf = (s: Schema): Def => s._zod.def as unknown as Def;

/** Plain decimal numerals only: not `1e3`, `0x1F`, ` 30`, `+30`, `.5`, `NaN` or `Infinity`. */
const NUMERAL = /^-?\d+(\.\d+)?$/;

function toBoolean(v: string): boolean | undefined {
  return v === 'true' ? true : v === 'false' ? false : undefined;
}

function inner(def: Def): Schema[] {
  switch (def.type) {
    case 'object':
      return [...Object.values(def.shape ?? {}), ...(def.catchall ? [def.catchall] : [])];
    case 'array':
      return def.element ? [def.element] : [];
    case 'tuple':
      return [...(def.items ?? []), ...(def.rest ? [def.rest] : [])];
    case 'record':
      return def.valueType ? [def.valueType] : [];
    case 'union':
      return def.options ?? [];
    case 'intersection':
      return [def.left, def.right].filter((s): s is Schema => !!s);
    case 'pipe':
      return def.in ? [def.in] : [];
    case 'lazy':
      return def.getter ? [def.getter()] : [];
    default:
      return def.innerType ? [def.innerType] : [];
  }
}

const needsCache = new WeakMap<Schema, boolean>();

/** Whether a boolean or number sits anywhere in the schema (cached; most fields have none). */
function needs(s: Schema, visiting = new Set<Schema>()): boolean {
  const hit = needsCache.get(s);
  if (hit !== undefined) return hit;
  if (visiting.has(s)) return true; // a recursive schema: assume so, the walk follows the value
  visiting.add(s);
  const def = defOf(s);
  const found =
    def.type === 'boolean' ||
    def.type === 'number' ||
    (def.type === 'literal' && (def.values ?? []).some((v) => typeof v === 'boolean' || typeof v === 'number')) ||
    inner(def).some((i) => needs(i, visiting));
  visiting.delete(s);
  needsCache.set(s, found);
  return found;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function coerceObject(def: Def, v: unknown): unknown {
  if (!isRecord(v)) return v;
  let out: Record<string, unknown> | null = null;
  for (const key of Object.keys(v)) {
    const field = def.shape && Object.hasOwn(def.shape, key) ? def.shape[key] : def.catchall;
    if (!field) continue;
    const c = walk(field, v[key]);
    if (c === v[key]) continue;
    // A copy keeps every key the client sent (updates change only those) with its own value.
    out ??= { ...v };
    Object.defineProperty(out, key, { value: c, enumerable: true, writable: true, configurable: true });
  }
  return out ?? v;
}

function coerceItems(v: unknown, schemaAt: (i: number) => Schema | undefined): unknown {
  if (!Array.isArray(v)) return v;
  let out: unknown[] | null = null;
  for (let i = 0; i < v.length; i++) {
    const s = schemaAt(i);
    const c = s ? walk(s, v[i]) : v[i];
    if (c !== v[i]) (out ??= [...v])[i] = c;
  }
  return out ?? v;
}

function walk(s: Schema, v: unknown): unknown {
  if (v === undefined || v === null || !needs(s)) return v;
  const def = defOf(s);
  switch (def.type) {
    case 'boolean':
      return typeof v === 'string' ? (toBoolean(v) ?? v) : v;
    case 'number':
      return typeof v === 'string' && NUMERAL.test(v) ? Number(v) : v;
    case 'literal': {
      if (typeof v !== 'string') return v;
      const asBool = toBoolean(v);
      const asNum = NUMERAL.test(v) ? Number(v) : undefined;
      return (def.values ?? []).find((lit) => lit === asBool || lit === asNum) ?? v;
    }
    case 'object':
      return coerceObject(def, v);
    case 'array':
      return coerceItems(v, () => def.element);
    case 'tuple':
      return coerceItems(v, (i) => def.items?.[i] ?? def.rest ?? undefined);
    case 'record': {
      if (!isRecord(v) || !def.valueType) return v;
      return coerceObject({ type: 'object', catchall: def.valueType }, v);
    }
    case 'union': {
      // A value some option takes as it is stays (a custom field's text "30" is text).
      if (s.safeParse(v).success) return v;
      for (const option of def.options ?? []) {
        const c = walk(option, v);
        if (c !== v && option.safeParse(c).success) return c;
      }
      return v;
    }
    case 'intersection':
      return def.left && def.right ? walk(def.right, walk(def.left, v)) : v;
    default: {
      const [next] = inner(def);
      return next ? walk(next, v) : v;
    }
  }
}

/**
 * `value` with Zoho's string scalars turned into the boolean or number `schema` expects there
 * (`"true"`/`"false"`, plain decimal numerals); everything else, and every untouched object,
 * is returned as it is. Run before `schema.safeParse`.
 */
export function coerceScalars(schema: Schema, value: unknown): unknown {
  return walk(schema, value);
}
