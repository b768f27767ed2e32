/**
 * Contract checks from api.md's "Limits" and "Rules added": what an accepted write may never
 * have accepted. Each failure is tagged with the limit it breaks, so a report says which.
 */
import { ErrorCode, type User } from '../../src/api/schemas';
import { MAX_BODY_BYTES, MAX_BULK_IDS, MAX_CONTACT_PERSONS, MAX_EMAIL_BODY_BYTES, MAX_IMPORT_BODY_BYTES, MAX_MONEY, MAX_QUANTITY } from '../../src/api/limits';
import { duplicateNameKey } from '../db/derived';
import type { ContactRecord } from '../db/types';
import { db } from '../runtime';
import { allowsDuplicateNames } from '../rules/contacts';
import { precisionOf } from '../rules/contact-view';
import type { Answer, Failure } from './invariants';

export type Hole = 'money' | 'text' | 'size' | 'attachment' | 'inactive-user' | 'last-modified';

export interface WriteContext {
  endpoint: string;
  user: User;
  /** The resolved body as sent (parsed JSON), or undefined for raw/no body. */
  body: unknown;
  bytes: number;
  answer: Answer;
  /** Customers the write touched, and each one's last_modified_time before it. */
  touched: string[];
  before: Map<string, ContactRecord>;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

export const hasLoneSurrogate = (s: string) => LONE_SURROGATE.test(s);
/** What api.md's text rule refuses in a name-like field. */
export const hasForbiddenChars = (s: string) => CONTROL.test(s) || LONE_SURROGATE.test(s);
export const withoutInvisibles = (s: string) => s.replace(INVISIBLE, '');

const is2xx = (a: Answer) => a.status >= 200 && a.status < 300;
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** Digits after the decimal point of a number as JavaScript writes it (1e-7 → 7). */
export function decimals(x: number): number {
  const [mantissa, exp] = String(Math.abs(x)).split('e');
  const frac = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, frac - Number(exp ?? 0));
}

/** A Zoho string scalar ("30.5") as the number the mock takes it for (src/api/schemas/coerce.ts). */
const asNumber = (x: unknown): unknown => (typeof x === 'string' && /^-?\d+(\.\d+)?$/.test(x) ? Number(x) : x);

/** Why a money value breaks the limits (undefined when it does not); numerals in strings count. */
export function moneyProblem(value: unknown, precision: number): string | undefined {
  const x = asNumber(value);
  if (typeof x !== 'number') return undefined;
  if (!Number.isFinite(x) || Math.abs(x) >= MAX_MONEY) return `${x} is not below ${MAX_MONEY}`;
  if (decimals(x) > precision) return `${x} has more than ${precision} decimals`;
  return undefined;
}

export function quantityProblem(value: unknown): string | undefined {
  const x = asNumber(value);
  if (typeof x !== 'number') return undefined;
  return Number.isFinite(x) && x > 0 && x <= MAX_QUANTITY ? undefined : `quantity ${x} is not in (0, ${MAX_QUANTITY}]`;
}

export function bodyLimit(endpoint: string): number {
  if (endpoint.endsWith('/contacts/import')) return MAX_IMPORT_BODY_BYTES;
  if (endpoint.endsWith('/email')) return MAX_EMAIL_BODY_BYTES;
  return MAX_BODY_BYTES;
}

/** Money fields of a body, with the precision of the customer they are for. */
function moneyFailures(ctx: WriteContext): Failure[] {
  const body = obj(ctx.body);
  const customer = db.tables.contacts.get(String(body.customer_id));
  const precision = customer ? precisionOf(db, customer.currency_id) : 2;
  const problems: string[] = [];
  if (ctx.endpoint === 'POST /invoices' && Array.isArray(body.line_items)) {
    for (const li of body.line_items.map(obj)) {
      problems.push(...[moneyProblem(li.rate, precision), quantityProblem(li.quantity)].filter((p): p is string => !!p));
    }
    const total = obj(obj(ctx.answer.json).invoice).total;
    if (typeof total === 'number' && Math.abs(total) >= MAX_MONEY) problems.push(`invoice total ${total}`);
  }
  if (ctx.endpoint === 'POST /customerpayments') {
    const applied = Array.isArray(body.invoices) ? body.invoices.map((i) => obj(i).amount_applied) : [];
    for (const x of [body.amount, ...applied]) {
      const p = moneyProblem(x, precision);
      if (p) problems.push(p);
    }
  }
  return problems.map((p) => ({ message: `${ctx.endpoint} accepted money outside the limits: ${p}`, hole: 'money' }));
}

function nameProblem(label: string, value: string): string | undefined {
  if (hasForbiddenChars(value)) return `${label} ${JSON.stringify(value)} keeps control, bidi or lone-surrogate characters`;
  if (value !== value.normalize('NFC') || value !== value.trim()) return `${label} ${JSON.stringify(value)} is not NFC-normalised and trimmed`;
  return undefined;
}

/** Name-like fields of the customers this write stored, and display-name uniqueness. */
function textFailures(ctx: WriteContext): Failure[] {
  const out: string[] = [];
  for (const id of ctx.touched) {
    const c = db.tables.contacts.get(id);
    const before = ctx.before.get(id);
    if (!c || (before && before.last_modified_time === c.last_modified_time)) continue;
    const persons = new Map(before?.contact_persons.map((p) => [p.contact_person_id, p]));
    const fields: [string, string, string | undefined][] = [
      ['contact_name', c.contact_name, before?.contact_name],
      ['company_name', c.company_name, before?.company_name],
      ...c.contact_persons.flatMap((p, i): [string, string, string | undefined][] => [
        [`contact_persons.${i}.first_name`, p.first_name, persons.get(p.contact_person_id)?.first_name],
        [`contact_persons.${i}.last_name`, p.last_name, persons.get(p.contact_person_id)?.last_name],
      ]),
    ];
    out.push(
      ...fields
        .filter(([, v, was]) => v !== was)
        .map(([l, v]) => nameProblem(l, v))
        .filter((p): p is string => !!p),
    );
    const visible = withoutInvisibles(c.contact_name).trim();
    if (!visible) out.push(`contact_name ${JSON.stringify(c.contact_name)} is empty without its invisible characters`);
    if (!allowsDuplicateNames(db) && visible && before?.contact_name !== c.contact_name) {
      const key = duplicateNameKey(visible);
      const twin = db.tables.contacts.all().find((o) => o.contact_id !== id && duplicateNameKey(withoutInvisibles(o.contact_name).trim()) === key);
      if (twin)
        out.push(`contact_name ${JSON.stringify(c.contact_name)} duplicates "${twin.contact_name}" (${twin.contact_id}) once invisible characters are removed`);
    }
  }
  return out.map((p) => ({ message: `${ctx.endpoint}: ${p}`, hole: 'text' }));
}

const MEDIA_TYPE = /^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+-]+(\s*;\s*[A-Za-z0-9!#$&^_.+-]+=("[^"\r\n]*"|[A-Za-z0-9!#$&^_.+-]+))*$/;
export const isMediaType = (s: unknown) => typeof s === 'string' && MEDIA_TYPE.test(s);

function attachmentFailures(ctx: WriteContext): Failure[] {
  const list = obj(ctx.body).attachments;
  if (!ctx.endpoint.endsWith('/email') || !Array.isArray(list)) return [];
  return list
    .map((a) => obj(a).content_type)
    .filter((t) => !isMediaType(t))
    .map((t) => ({ message: `${ctx.endpoint} accepted attachment content_type ${JSON.stringify(t)}`, hole: 'attachment' }));
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** PUT /contacts/{id} with last_modified_time: by instant, and unparsable is 1001 (not 3010). */
function lastModifiedFailures(ctx: WriteContext): Failure[] {
  const sent = obj(ctx.body).last_modified_time;
  const stored = ctx.before.get(ctx.touched[0])?.last_modified_time;
  if (ctx.endpoint !== 'PUT /contacts/{id}' || typeof sent !== 'string' || !stored) return [];
  const code = obj(ctx.answer.json).code;
  const parsable = ISO_TIME.test(sent) && !Number.isNaN(Date.parse(sent));
  if (!parsable && code === ErrorCode.staleUpdate) {
    return [{ message: `unparsable last_modified_time ${JSON.stringify(sent)} answered 3010, not 1001`, hole: 'last-modified' }];
  }
  if (parsable && Date.parse(sent) === Date.parse(stored) && code === ErrorCode.staleUpdate) {
    return [{ message: `last_modified_time ${sent} is the stored instant (${stored}) but answered 3010`, hole: 'last-modified' }];
  }
  return [];
}

/** Every contract check for one write. */
export function limitFailures(ctx: WriteContext): Failure[] {
  const out: Failure[] = [];
  const code = obj(ctx.answer.json).code;
  // Over the limit: 413, unless the call is refused before its body matters (403, 404).
  if (ctx.bytes > bodyLimit(ctx.endpoint) && ![413, 403, 404].includes(ctx.answer.status)) {
    out.push({ message: `${ctx.endpoint}: a ${ctx.bytes}-byte body answered HTTP ${ctx.answer.status}, not 413`, hole: 'size' });
  }
  if (ctx.answer.status === 413 && code !== ErrorCode.tooLarge) out.push({ message: `${ctx.endpoint}: 413 with code ${String(code)}, not 1040` });
  out.push(...lastModifiedFailures(ctx));
  if (!is2xx(ctx.answer)) return out;
  if (ctx.user.status === 'inactive') out.push({ message: `${ctx.endpoint}: inactive user ${ctx.user.user_id} was allowed to write`, hole: 'inactive-user' });
  const ids = obj(ctx.body).contact_ids;
  if (Array.isArray(ids) && ids.length > MAX_BULK_IDS) out.push({ message: `${ctx.endpoint} accepted ${ids.length} contact_ids`, hole: 'size' });
  for (const id of ctx.touched) {
    const n = db.tables.contacts.get(id)?.contact_persons.length ?? 0;
    if (n > MAX_CONTACT_PERSONS) out.push({ message: `${ctx.endpoint} stored customer ${id} with ${n} contact persons`, hole: 'size' });
  }
  out.push(...moneyFailures(ctx), ...textFailures(ctx), ...attachmentFailures(ctx));
  return out;
}
