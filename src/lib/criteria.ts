/**
 * The criteria of a custom view (src/api/schemas/customview.ts) as pure functions, for the mock
 * that applies them and any form that checks them before saving:
 * - `parseCriteriaString`: "1 AND (2 OR 3)" → a tree. Rows are numbered from 1; AND binds
 *   tighter than OR; AND/OR in any case; parentheses nest. Empty means every row ANDed.
 * - `criteriaErrors`: what is wrong, as field errors naming the row by its array index
 *   (`criteria.1.comparator` is row 2 of the string) or `criteria_string`. Every row must be
 *   used by the string: a row it leaves out would look like a filter and filter nothing.
 * - `compileCriteria`: a predicate over whatever the caller reads field values from.
 * Text compares case- and width-insensitively (NFKC, lower case, trimmed); choice values
 * (ids, statuses) compare exactly; dates compare by day (`YYYY-MM-DD`, a timestamp's first ten).
 */
import {
  comparatorsByType,
  isCalendarDate,
  type CriteriaComparator,
  type CriteriaFieldType,
  type Criterion,
  type CriterionValue,
  type FieldError,
} from '../api/schemas';

export type CriteriaNode = { kind: 'row'; row: number } | { kind: 'and' | 'or'; items: CriteriaNode[] };
export type ParsedCriteria = { ok: true; node: CriteriaNode | null; used: Set<number> } | { ok: false; message: string };
/** A field's value on one record: text, a number, a boolean, a date or timestamp, or nothing. */
export type FieldValue = string | number | boolean | null | undefined;

/** "1 AND 2 AND …" for `count` rows ('' for none). */
export function defaultCriteriaString(count: number): string {
  return Array.from({ length: count }, (_, i) => String(i + 1)).join(' AND ');
}

type Token = { t: 'num'; n: number } | { t: 'and' | 'or' | '(' | ')' };

function tokenize(text: string): Token[] | string {
  const out: Token[] = [];
  const re = /\s*(?:(\d+)|(and)\b|(or)\b|(\()|(\))|(\S+))/giy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < text.length && (m = re.exec(text))) {
    if (m[1]) out.push({ t: 'num', n: Number(m[1]) });
    else if (m[2]) out.push({ t: 'and' });
    else if (m[3]) out.push({ t: 'or' });
    else if (m[4]) out.push({ t: '(' });
    else if (m[5]) out.push({ t: ')' });
    else if (m[6]) return `"${m[6].slice(0, 20)}" is not a row number, AND, OR or a parenthesis.`;
    else break;
  }
  return out;
}

/** Parse a criteria string over `rowCount` rows (see the module comment). */
export function parseCriteriaString(text: string, rowCount: number): ParsedCriteria {
  const used = new Set<number>();
  if (!text.trim()) {
    for (let i = 1; i <= rowCount; i++) used.add(i);
    const rows: CriteriaNode[] = [...used].map((row) => ({ kind: 'row', row }));
    return { ok: true, node: rows.length ? { kind: 'and', items: rows } : null, used };
  }
  const tokens = tokenize(text);
  if (typeof tokens === 'string') return { ok: false, message: tokens };
  let at = 0;
  const fail = (message: string): never => {
    throw new SyntaxError(message);
  };
  const factor = (): CriteriaNode => {
    const tok = tokens[at++];
    if (!tok) return fail('The criteria pattern ends too early: a row number or "(" is missing.');
    if (tok.t === 'num') {
      if (tok.n < 1 || tok.n > rowCount) fail(`Row ${tok.n} does not exist (there ${rowCount === 1 ? 'is 1 row' : `are ${rowCount} rows`}).`);
      used.add(tok.n);
      return { kind: 'row', row: tok.n };
    }
    if (tok.t === '(') {
      const inner = expr();
      if (tokens[at]?.t !== ')') fail('A "(" is not closed.');
      at++;
      return inner;
    }
    return fail(`Expected a row number or "(" where "${tok.t.toUpperCase()}" is.`);
  };
  const chain = (kind: 'and' | 'or', next: () => CriteriaNode): CriteriaNode => {
    const items = [next()];
    while (tokens[at]?.t === kind) {
      at++;
      items.push(next());
    }
    return items.length === 1 ? items[0] : { kind, items };
  };
  const term = () => chain('and', factor);
  const expr = () => chain('or', term);
  try {
    const node = expr();
    const rest = tokens[at];
    if (rest) fail(rest.t === ')' ? 'A ")" has no matching "(".' : 'Rows must be joined by AND or OR.');
    return { ok: true, node, used };
  } catch (err) {
    if (err instanceof SyntaxError) return { ok: false, message: err.message };
    throw err;
  }
}

const noValue = (v: CriterionValue | undefined) => v === undefined || v === null || v === '';
const isDay = (v: unknown): v is string => typeof v === 'string' && isCalendarDate(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Why a row's value does not fit its field type and comparator, or null. */
function valueProblem(type: CriteriaFieldType, comparator: CriteriaComparator, value: CriterionValue | undefined): string | null {
  if (comparator === 'is_empty' || comparator === 'is_not_empty') return noValue(value) ? null : 'This comparator takes no value.';
  if (comparator === 'between') {
    const fits = type === 'number' ? isNumber : isDay;
    if (!Array.isArray(value) || value.length !== 2 || !value.every(fits)) {
      return type === 'number' ? 'Between takes two numbers: [low, high].' : 'Between takes two dates: ["YYYY-MM-DD", "YYYY-MM-DD"].';
    }
    return value[0] > value[1] ? 'The first value of between must not be greater than the second.' : null;
  }
  switch (type) {
    case 'number':
      return isNumber(value) ? null : 'Enter a number.';
    case 'date':
      return isDay(value) ? null : 'Enter a date as YYYY-MM-DD.';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'Enter true or false.';
    default:
      return typeof value === 'string' && value.trim() !== '' ? null : 'Enter a value.';
  }
}

/** Everything wrong with a view's criteria, as field errors (none: it can be saved and applied). */
export function criteriaErrors(criteria: readonly Criterion[], criteriaString: string, types: ReadonlyMap<string, CriteriaFieldType>): FieldError[] {
  const errors: FieldError[] = [];
  criteria.forEach((c, i) => {
    const type = types.get(c.field);
    if (!type) {
      errors.push({ field: `criteria.${i}.field`, message: `"${c.field.slice(0, 60)}" is not a field a view can filter on.` });
      return;
    }
    if (!comparatorsByType[type].includes(c.comparator)) {
      errors.push({
        field: `criteria.${i}.comparator`,
        message: `"${c.comparator}" does not apply to ${c.field} (${type}); use one of ${comparatorsByType[type].join(', ')}.`,
      });
      return;
    }
    const problem = valueProblem(type, c.comparator, c.value);
    if (problem) errors.push({ field: `criteria.${i}.value`, message: problem });
  });
  const parsed = parseCriteriaString(criteriaString, criteria.length);
  if (!parsed.ok) errors.push({ field: 'criteria_string', message: parsed.message });
  else {
    const unused = criteria.map((_, i) => i + 1).filter((row) => !parsed.used.has(row));
    if (unused.length) {
      errors.push({
        field: 'criteria_string',
        message: `The pattern leaves out row${unused.length > 1 ? 's' : ''} ${unused.join(', ')}: use every row or remove it.`,
      });
    }
  }
  return errors;
}

const fold = (v: FieldValue): string => (v === null || v === undefined ? '' : String(v).normalize('NFKC').toLowerCase().trim());

type Test = (v: FieldValue) => boolean;

function textTest(comparator: CriteriaComparator, value: CriterionValue | undefined): Test {
  const needle = fold(value as string);
  switch (comparator) {
    case 'is':
      return (v) => fold(v) === needle;
    case 'is_not':
      return (v) => fold(v) !== needle;
    case 'contains':
      return (v) => fold(v).includes(needle);
    case 'not_contains':
      return (v) => !fold(v).includes(needle);
    case 'starts_with':
      return (v) => fold(v).startsWith(needle);
    case 'ends_with':
      return (v) => fold(v).endsWith(needle);
    default:
      return () => false;
  }
}

const toNumber = (v: FieldValue): number | null => {
  if (v === null || v === undefined || v === '' || typeof v === 'boolean') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
};
const toDay = (v: FieldValue): string | null => (typeof v === 'string' && v.length >= 10 ? v.slice(0, 10) : null);

/** Numbers and days: ordered values that may be missing. */
function orderedTest<T extends number | string>(read: (v: FieldValue) => T | null, comparator: CriteriaComparator, value: CriterionValue | undefined): Test {
  const one = value as T;
  const [low, high] = (Array.isArray(value) ? value : []) as T[];
  const has =
    (f: (x: T) => boolean): Test =>
    (v) => {
      const x = read(v);
      return x !== null && f(x);
    };
  switch (comparator) {
    case 'is':
      return has((x) => x === one);
    case 'is_not':
      return (v) => read(v) !== one;
    case 'greater_than':
    case 'after':
      return has((x) => x > one);
    case 'less_than':
    case 'before':
      return has((x) => x < one);
    case 'between':
      return has((x) => x >= low && x <= high);
    default:
      return () => false;
  }
}

function rowTest(type: CriteriaFieldType, c: Criterion): Test {
  if (c.comparator === 'is_empty') return (v) => fold(v) === '';
  if (c.comparator === 'is_not_empty') return (v) => fold(v) !== '';
  switch (type) {
    case 'text':
      return textTest(c.comparator, c.value);
    case 'number':
      return orderedTest(toNumber, c.comparator, c.value);
    case 'date':
      return orderedTest(toDay, c.comparator, c.value);
    case 'boolean':
      return c.comparator === 'is' ? (v) => Boolean(v) === c.value : (v) => Boolean(v) !== c.value;
    case 'choice': {
      const want = String(c.value);
      return c.comparator === 'is' ? (v) => String(v ?? '') === want : (v) => String(v ?? '') !== want;
    }
  }
}

/**
 * Criteria → a predicate over subjects whose field values `read` gives. Call it on criteria that
 * `criteriaErrors` accepts; a row naming a field `types` no longer has (a removed custom field)
 * matches nothing.
 */
export function compileCriteria<T>(
  criteria: readonly Criterion[],
  criteriaString: string,
  types: ReadonlyMap<string, CriteriaFieldType>,
  read: (subject: T, field: string) => FieldValue,
): (subject: T) => boolean {
  const parsed = parseCriteriaString(criteriaString, criteria.length);
  if (!parsed.ok) return () => false;
  if (!parsed.node) return () => true;
  const rows = criteria.map((c) => {
    const type = types.get(c.field);
    if (!type) return () => false;
    const test = rowTest(type, c);
    return (s: T) => test(read(s, c.field));
  });
  const build = (n: CriteriaNode): ((s: T) => boolean) => {
    if (n.kind === 'row') return rows[n.row - 1];
    const items = n.items.map(build);
    return n.kind === 'and' ? (s) => items.every((f) => f(s)) : (s) => items.some((f) => f(s));
  };
  return build(parsed.node);
}
