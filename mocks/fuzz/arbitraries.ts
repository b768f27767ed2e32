/**
 * Generators for the fuzz suite: hostile scalars (edge numbers, Unicode traps, long strings),
 * nested junk, and "valid shape with one field mutated" bodies, so runs reach deep validation
 * and the success path instead of stopping at the first type error.
 *
 * References to data that exists only at run time (a customer id, one of its persons, its
 * last_modified_time) are written as placeholders (`@contact:3`) and resolved by the harness
 * against the freshly reset store, which keeps counterexamples readable and replayable.
 */
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Body = Json | RawBody | MultipartBody | FormBody;

/** A body sent as it is, not JSON-encoded (bad JSON, or JSON no encoder would write). */
export interface RawBody {
  raw: string;
}
/**
 * Zoho's multipart form: the fields as JSON in a `JSONString` part (a string is sent as is),
 * files as `attachments`. `tight` writes the body by hand with Zoho's `name="attachments";filename="…"`
 * (no space after `;`), which FormData never writes.
 */
export interface MultipartBody {
  multipart: { json?: Json; files: { name: string; type: string; size: number }[]; tight?: boolean };
}
/** Zoho's form body: `application/x-www-form-urlencoded` with the JSON in a `JSONString` field. */
export interface FormBody {
  form: { json: Json };
}
const only = (b: unknown, key: string): b is Record<string, unknown> =>
  typeof b === 'object' && b !== null && !Array.isArray(b) && Object.keys(b).length === 1 && key in b;
export const isRaw = (b: unknown): b is RawBody => only(b, 'raw') && typeof b.raw === 'string';
export const isMultipart = (b: unknown): b is MultipartBody => only(b, 'multipart') && typeof b.multipart === 'object';
export const isForm = (b: unknown): b is FormBody => only(b, 'form') && typeof b.form === 'object' && b.form !== null && 'json' in b.form;

/** The kinds of run-time reference a placeholder can name (see harness `resolve`). */
export type RefKind =
  | 'contact' // a customer the acting user may see
  | 'any' // any customer, hidden ones included
  | 'active' // an active, not merged-away customer the acting user may see
  | 'mailable' // a customer the acting user may see with at least one person's email
  | 'usd' // an active USD customer the acting user may see (merge needs one currency)
  | 'person' // a person of the path's customer (any customer's when there is no path customer)
  | 'email' // an email address of the path customer's persons
  | 'invoice' // an open invoice of the customer in the body (or any)
  | 'name' // an existing customer's display name (duplicate checks)
  | 'lmt' // the path customer's last_modified_time, as stored
  | 'lmt-z' // the same instant written with `Z` instead of `+00:00`
  | 'lmt-offset'; // the same instant at +09:00
export const ref = (kind: RefKind) => fc.nat(999).map((n) => `@${kind}:${n}`);

/** Numbers the contract must survive: overflow, underflow, precision, signed zero. */
export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    1e308,
    -1e308,
    5e-324,
    0.001,
    Number('12345678901234567.89'),
    -0,
    0,
    1,
    -1,
    0.5,
    1.005,
    0.1 + 0.2,
    1e12,
    1e12 - 0.01,
    999999999999.99,
    1e6,
    1e6 + 1,
    2 ** 53,
    2 ** 53 + 2,
    -(2 ** 31),
    1e-7,
    30,
    365,
    366,
    999,
    1000,
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

/** Characters that break naive text handling, one each (a lone surrogate is one code unit). */
export const trapChars = [
  '\uD800',
  '\uDFFF',
  '\uDBFF', // lone surrogates
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD', // zero-width and invisible
  '\u202E',
  '\u202A',
  '\u202D',
  '\u2066',
  '\u2069',
  '\u200F', // bidi overrides / isolates / marks
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u009F',
  '\t',
  '\n',
  '\r',
  '\r\n', // control
  '\u0301',
  '\u0308\u0308\u0308',
  '\u20DD', // combining marks
  '😀',
  '👩‍👩‍👧‍👦',
  '🇯🇵',
  '🏳️‍🌈',
  '𝒜', // emoji and astral
  'Ａ',
  'ｱ',
  '１',
  '　',
  '㍿', // full-width, half-width kana, ideographic space, ligature
  'İ',
  'ß',
  'ﬁ',
  'Σ',
  'ǅ', // case-mapping traps
  'שלום',
  'مرحبا',
  '株式会社',
  '%',
  '\\',
  '"',
  "'",
  '<',
  '>',
  '&',
  '=',
  '+',
  '-',
  '@',
  '{',
  '}',
  '/',
  '..',
  '$',
  '`',
] as const;

const trapChar = fc.constantFrom(...trapChars);
const word = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 });

/** Short hostile text: words mixed with trap characters and arbitrary code points. */
export const trapString: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: word },
      { weight: 3, arbitrary: trapChar },
      fc.string({ unit: 'binary', maxLength: 4 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    ),
    {
      minLength: 1,
      maxLength: 8,
    },
  )
  .map((parts) => parts.join(''));

/** A readable name with exactly one trap character somewhere (what a paste from a PDF does). */
export const nameWithTrap: fc.Arbitrary<string> = fc
  .tuple(word, trapChar, fc.constantFrom('start', 'middle', 'end', 'only'))
  .map(([w, t, at]) => (at === 'start' ? t + w : at === 'end' ? w + t : at === 'only' ? t : `${w.slice(0, 3)}${t}${w.slice(3)}`));

/** Strings just over (and far over) the field limits of the contract. */
export const longString: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(26, 51, 101, 201, 1001, 5001, 20_000), fc.constantFrom('a', 'é', '株', '😀', ' ', 'e\u0301'))
  .map(([n, ch]) => ch.repeat(n));

/** Over MAX_BODY_BYTES on its own (1 MB), to reach the 413 limit. */
export const hugeString = fc.constantFrom('x', '株').map((ch) => ch.repeat(ch === 'x' ? 1_100_000 : 370_000));

/** Strings as Zoho clients send scalars, plus values that look like other types. */
export const stringlyScalar = fc.constantFrom(
  'true',
  'false',
  '30',
  '0',
  '-1',
  '1e3',
  '1e308',
  'NaN',
  'Infinity',
  'null',
  '',
  ' ',
  '[]',
  '{}',
  '2026-02-30',
  '2026-06-15T00:00:00Z',
);

export const edgeString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: trapString },
  { weight: 3, arbitrary: nameWithTrap },
  { weight: 2, arbitrary: longString },
  { weight: 2, arbitrary: stringlyScalar },
  { weight: 2, arbitrary: fc.string() },
);

export const edgeScalar: fc.Arbitrary<Json> = fc.oneof(edgeNumber, edgeString, fc.boolean(), fc.constant(null));

/** Deep nesting: arrays or objects a thousand levels down. */
export const deepNest: fc.Arbitrary<Json> = fc.tuple(fc.constantFrom(50, 1000), fc.boolean()).map(([depth, asArray]) => {
  let v: Json = 'bottom';
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { a: v };
  return v;
});

/** Any JSON value, leaves drawn from the edge values. */
export const junk: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: edgeScalar },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.oneof(word, trapString, fc.constantFrom('__proto__', 'constructor', 'toString')), tie('value'), { maxKeys: 4 }) },
  ),
})).value;

/** Bodies that are not JSON objects at all. */
export const rawBody: fc.Arbitrary<RawBody> = fc
  .constantFrom(
    '{',
    '{"a":',
    '[',
    'nul',
    '{"contact_name": "x",}',
    "{'a': 1}",
    '1e309',
    '"str"',
    '[]',
    'null',
    'true',
    '123',
    '\uFEFF{}',
    '{"a":1}{"b":2}',
    '\u0000',
    '{"x": NaN}',
  )
  .map((raw) => ({ raw }));

/** A value to put where a scalar was: junk, an edge scalar, a nested structure, or the deep one. */
export const replacement: fc.Arbitrary<Json> = fc.oneof(
  { weight: 5, arbitrary: edgeScalar },
  { weight: 2, arbitrary: junk },
  { weight: 1, arbitrary: deepNest },
  { weight: 1, arbitrary: fc.constantFrom<Json>([], {}, [null], [''], { value: 1 }) },
);

type Path = (string | number)[];

/** Every path in a body, down to a few levels (deep junk would make this quadratic). */
function pathsOf(value: Json, at: Path = []): Path[] {
  const out: Path[] = at.length ? [at] : [];
  if (at.length >= 6) return out;
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...at, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, k]));
  return out;
}

function cloneJson(v: Json): Json {
  return v === null || typeof v !== 'object' ? v : JSON.parse(JSON.stringify(v));
}

/** One change to a valid body: drop, replace, stringify, wrap a field, or add an extra one. */
export type Mutation =
  | { op: 'delete' | 'stringify' | 'wrap'; pick: number }
  | { op: 'replace'; pick: number; value: Json }
  | { op: 'extra'; pick: number; key: string; value: Json };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('replace' as const), pick: fc.nat(), value: replacement }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constantFrom('delete' as const, 'stringify' as const, 'wrap' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('extra' as const),
      pick: fc.nat(),
      key: fc.oneof(word, fc.constantFrom('__proto__', 'contact_id', 'code', 'status')),
      value: junk,
    }),
  },
);

export function applyMutation(body: Json, m: Mutation): Json {
  const root = cloneJson(body);
  const paths = pathsOf(root);
  if (!paths.length || root === null || typeof root !== 'object') return m.op === 'replace' ? m.value : root;
  const path = paths[m.pick % paths.length];
  const parentPath = m.op === 'extra' ? path : path.slice(0, -1);
  let parent: Json = root;
  for (const k of parentPath) parent = (parent as Record<string, Json>)[k as string];
  if (m.op === 'extra') {
    const target = parent && typeof parent === 'object' && !Array.isArray(parent) ? parent : root;
    if (!Array.isArray(target)) Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    return root;
  }
  const key = path[path.length - 1];
  const container = parent as Record<string | number, Json>;
  if (m.op === 'delete') {
    if (Array.isArray(container)) container.splice(key as number, 1);
    else delete container[key];
  } else if (m.op === 'stringify') container[key] = JSON.stringify(container[key]) ?? '';
  else if (m.op === 'wrap') container[key] = [container[key]];
  else if (m.op === 'replace') container[key] = m.value;
  return root;
}

/** Mutate a valid body, usually once, sometimes two or three times. */
export const mutated = (valid: fc.Arbitrary<Json>): fc.Arbitrary<Json> =>
  fc
    .tuple(
      valid,
      fc.oneof(
        { weight: 3, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 1 }) },
        { weight: 1, arbitrary: fc.array(mutation, { minLength: 2, maxLength: 3 }) },
      ),
    )
    .map(([b, ms]) => ms.reduce(applyMutation, b));

/** A JSON body sent as Zoho's form body instead (valid or mutated, so both paths are reached). */
const asForm = (json: fc.Arbitrary<Json>): fc.Arbitrary<FormBody> => json.map((j) => ({ form: { json: j } }));

/**
 * The body mix of every endpoint: mostly valid shapes (plain and mutated, some as Zoho's form
 * body), some junk, some raw non-JSON, a few oversize bodies (`oversize` puts a huge string
 * in a valid body).
 */
export function bodies(valid: fc.Arbitrary<Json>, oversize?: (huge: string) => fc.Arbitrary<Json>): fc.Arbitrary<Body> {
  const mix: fc.WeightedArbitrary<Body>[] = [
    { weight: 45, arbitrary: mutated(valid) },
    { weight: 45, arbitrary: valid },
    { weight: 8, arbitrary: asForm(fc.oneof(valid, mutated(valid))) },
    { weight: 6, arbitrary: junk },
    { weight: 6, arbitrary: rawBody },
  ];
  if (oversize) mix.push({ weight: 1, arbitrary: hugeString.chain(oversize) });
  return fc.oneof(...mix);
}

/** Multipart bodies around a valid JSON shape (plain, mutated, junk or unreadable), with file parts. */
export const multipart = (valid: fc.Arbitrary<Json>): fc.Arbitrary<MultipartBody> =>
  fc.record({
    multipart: fc.record({
      json: fc.option(
        fc.oneof(
          { weight: 4, arbitrary: valid },
          { weight: 3, arbitrary: mutated(valid) },
          { weight: 1, arbitrary: junk },
          { weight: 1, arbitrary: fc.constantFrom('{', '[]', 'null', '"x"') },
        ),
        { nil: undefined, freq: 10 },
      ),
      files: fc.array(
        fc.record({
          name: fc.oneof(fc.constantFrom('a.pdf', 'report 2026.csv', '請求書.pdf', ''), trapString),
          type: fc.constantFrom('application/pdf', 'text/plain', 'image/png', '', 'text/html', 'application/x-unknown'),
          size: fc.nat(64),
        }),
        { maxLength: 2 },
      ),
      tight: fc.boolean(),
    }),
  });

/** Who acts: mostly the admin, also staff, an assigned-only user and the inactive one. */
export const actingUser = fc.constantFrom('1', '1', '1', '1', '1', '2', '3', '4', '5');

/** A path id: usually a real record, sometimes something that is not an id at all. */
export const pathId = (kind: RefKind) =>
  fc.oneof(
    { weight: 16, arbitrary: ref(kind) },
    { weight: 2, arbitrary: ref('any') },
    { weight: 1, arbitrary: fc.constantFrom('0', '999999', 'abc', '-1', '1.5', '１', '00001', ' 1', '1e3', 'x'.repeat(300)) },
  );
