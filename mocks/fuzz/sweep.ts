/**
 * The read-back after an accepted write: every read that can show what the write touched
 * must answer 200 with a body the contract accepts, and the reads must agree with each other
 * (a list row is the detail's record, a balance is the sum of the invoices), so a stale cache
 * or index after a write shows up here.
 */
import type { z } from 'zod/mini';
import type { Contact, ContactSummary, Invoice } from '../../src/api/schemas';
import { duplicateNameKey } from '../db/derived';
import { db } from '../runtime';
import { checkAnswer, reads, send, short, type Failure } from './invariants';
import { hasLoneSurrogate } from './limits';

type List = { contacts: ContactSummary[]; page_context: { total: number } };

async function read<T = unknown>(path: string, schema: z.ZodMiniType, out: Failure[], allow404 = false): Promise<T | undefined> {
  const a = await send('GET', path);
  if (allow404 && a.status === 404) {
    out.push(...checkAnswer(`GET ${path}`, a, schema));
    return undefined;
  }
  if (a.status !== 200) {
    out.push({ message: `GET ${path}: HTTP ${a.status} after an accepted write: ${short(a.json ?? a.text)}` });
    return undefined;
  }
  const f = checkAnswer(`GET ${path}`, a, schema);
  out.push(...f);
  return f.length ? undefined : (a.json as T);
}

/**
 * Outbox attachments are served raw: each must answer 200, as a download that no browser
 * sniffs or runs (api.md Limits: Content-Disposition attachment, nosniff, CSP sandbox).
 */
async function readAttachments(emails: { email_id: string; attachments: unknown[] }[], out: Failure[]): Promise<void> {
  for (const e of emails.slice(0, 2)) {
    for (let i = 0; i < Math.min(e.attachments.length, 3); i++) {
      const what = `GET /outbox/${e.email_id}/attachments/${i}`;
      const a = await send('GET', `/outbox/${e.email_id}/attachments/${i}`);
      if (a.status !== 200) {
        out.push({ message: `${what}: HTTP ${a.status} ${short(a.text)}`, hole: 'attachment' });
        continue;
      }
      const h = (name: string) => a.headers.get(name) ?? '';
      if (
        !h('content-disposition').startsWith('attachment') ||
        h('x-content-type-options') !== 'nosniff' ||
        !h('content-security-policy').includes('sandbox')
      ) {
        out.push({ message: `${what}: served without attachment/nosniff/sandbox headers`, hole: 'attachment' });
      }
    }
  }
}

/** Fields a list row shares with the detail: the list must show the record as stored now. */
const rowFields = [
  'contact_name',
  'company_name',
  'email',
  'phone',
  'status',
  'currency_code',
  'payment_terms',
  'owner_id',
  'is_portal_enabled',
  'outstanding_receivable_amount',
  'unused_credits_receivable_amount',
  'merged_into_contact_id',
  'last_modified_time',
] as const;

function rowMismatch(row: ContactSummary, detail: Contact): string | undefined {
  const field = rowFields.find((f) => row[f] !== detail[f]);
  return field && `list row of ${detail.contact_id} has ${field} ${short(row[field])}, the detail ${short(detail[field])}`;
}

/**
 * What the product says every stored customer is (beyond its schema): one primary person
 * whenever it has persons, whose email/phone/mobile are the customer's; person ids unique;
 * references to currencies, owners and custom fields that exist; a merged-away one inactive.
 */
export function recordProblems(c: Contact): string[] {
  const out: string[] = [];
  const primaries = c.contact_persons.filter((p) => p.is_primary_contact);
  if (c.contact_persons.length && primaries.length !== 1) out.push(`${primaries.length} primary contact persons`);
  const p = primaries[0];
  if ((p?.email ?? '') !== c.email || (p?.phone ?? '') !== c.phone || (p?.mobile ?? '') !== c.mobile) {
    out.push('email/phone/mobile do not mirror the primary person');
  }
  if (new Set(c.contact_persons.map((x) => x.contact_person_id)).size !== c.contact_persons.length) out.push('duplicate person ids');
  if (!db.tables.currencies.has(c.currency_id)) out.push(`currency ${c.currency_id} does not exist`);
  if (c.owner_id && !db.tables.users.has(c.owner_id)) out.push(`owner ${c.owner_id} does not exist`);
  const fieldIds = c.custom_fields.map((f) => f.customfield_id);
  if (new Set(fieldIds).size !== fieldIds.length || fieldIds.some((id) => !db.tables.customFields.has(id)))
    out.push(`custom fields ${JSON.stringify(fieldIds)}`);
  if (c.merged_into_contact_id && c.status !== 'inactive') out.push('merged away but active');
  return out.map((m) => `customer ${c.contact_id}: ${m}`);
}

/** The Duplicate view (from the patched index) lists exactly the customers sharing a name key now. */
function duplicateViewMismatch(view: List, out: Failure[]): void {
  const byKey = new Map<string, string[]>();
  for (const c of db.tables.contacts.rows.values()) {
    const key = duplicateNameKey(c.contact_name);
    byKey.set(key, [...(byKey.get(key) ?? []), c.contact_id]);
  }
  const want = new Set([...byKey.values()].filter((ids) => ids.length > 1).flat());
  if (want.size > 200) return;
  const got = new Set(view.contacts.map((c) => c.contact_id));
  const missing = [...want].filter((id) => !got.has(id));
  const extra = [...got].filter((id) => !want.has(id));
  if (missing.length || extra.length) {
    out.push({ message: `the Duplicate view misses ${JSON.stringify(missing)} and wrongly lists ${JSON.stringify(extra)}` });
  }
}

async function readLists(touched: string[], out: Failure[]): Promise<List | undefined> {
  const all = await read<List>('/contacts?per_page=200', reads.list, out);
  await read('/contacts?sort_column=last_modified_time&sort_order=D&per_page=5&include=details', reads.listDetails, out);
  const dups = await read<List>('/contacts?filter_by=Status.Duplicate&per_page=200', reads.list, out);
  if (dups) duplicateViewMismatch(dups, out);
  await read('/contacts/duplicates?per_page=50', reads.duplicates, out);
  if (all && all.page_context.total !== db.tables.contacts.size) {
    out.push({ message: `GET /contacts counts ${all.page_context.total} customers, the store holds ${db.tables.contacts.size}` });
  }
  for (const id of touched.slice(0, 3)) {
    if (db.tables.contacts.has(id) && all && all.page_context.total <= 200 && !all.contacts.some((c) => c.contact_id === id)) {
      out.push({ message: `GET /contacts does not list stored customer ${id}` });
    }
  }
  const first = db.tables.contacts.get(touched[0] ?? '');
  const q = first?.contact_name.slice(0, 60) ?? '';
  if (first && q.trim() && !hasLoneSurrogate(q)) {
    const found = await read<List>(`/contacts?per_page=200&search_text=${encodeURIComponent(q)}`, reads.list, out);
    if (found && !found.contacts.some((c) => c.contact_id === first.contact_id)) {
      out.push({ message: `searching customer ${first.contact_id} by its own name ${short(q)} does not find it` });
    }
  }
  return all;
}

/** The customer's balance is what its invoices still owe, and the Unpaid view agrees. */
async function readLedger(detail: Contact, out: Failure[]): Promise<void> {
  const id = detail.contact_id;
  const invoices = await read<{ invoices: Invoice[] }>(`/invoices?customer_id=${id}`, reads.invoices, out);
  await read(`/customerpayments?customer_id=${id}`, reads.payments, out);
  await read(`/contacts/${id}/statement`, reads.statement, out);
  await read(`/contacts/${id}/reminders`, reads.reminders, out);
  const unpaid = await read<List>('/contacts?filter_by=Invoice.Unpaid&per_page=200', reads.list, out);
  if (invoices) {
    const owed = invoices.invoices.reduce((sum, inv) => sum + inv.balance, 0);
    if (owed.toFixed(4) !== detail.outstanding_receivable_amount.toFixed(4)) {
      out.push({ message: `customer ${id} owes ${detail.outstanding_receivable_amount} by its detail, ${owed} by its invoices` });
    }
  }
  if (unpaid && unpaid.page_context.total <= 200 && unpaid.contacts.some((c) => c.contact_id === id) !== detail.outstanding_receivable_amount > 0) {
    out.push({
      message: `the Unpaid view ${detail.outstanding_receivable_amount > 0 ? 'misses' : 'lists'} customer ${id} (owes ${detail.outstanding_receivable_amount})`,
    });
  }
}

/** Groups of reads a write is followed by (each endpoint names the ones it can affect). */
export type ReadGroup = 'lists' | 'detail' | 'persons' | 'ledger' | 'mail';
/** Other reads after an accepted write: [path, body schema]. */
export type ExtraRead = [string, z.ZodMiniType];

/**
 * Read back what a write touched (call as the admin, who sees every customer). `lists`: the
 * list in name order (every stored record in it, each row as its detail), the newest page
 * with details, the Duplicate view and suggestions, a search by the record's name. The others
 * per customer: its detail and history, persons, ledger (invoices, payments, statement,
 * reminders, the Unpaid view), mail (statement mail content, outbox and attachments).
 */
export async function sweep(touched: string[], groups: ReadGroup[], extra: ExtraRead[] = []): Promise<Failure[]> {
  const out: Failure[] = [];
  const has = (g: ReadGroup) => groups.includes(g);
  for (const [path, schema] of extra) await read(path, schema, out);
  const all = has('lists') ? await readLists(touched, out) : undefined;
  for (const [i, id] of touched.slice(0, 3).entries()) {
    const detail = (await read<{ contact: Contact }>(`/contacts/${id}`, reads.contact, out, !db.tables.contacts.has(id)))?.contact;
    if (!detail) continue;
    out.push(...recordProblems(detail).map((message) => ({ message })));
    const row = all?.contacts.find((c) => c.contact_id === id);
    const mismatch = row && rowMismatch(row, detail);
    if (mismatch) out.push({ message: mismatch });
    if (has('detail')) await read(`/contacts/${id}/comments`, reads.comments, out);
    if (i > 0) continue;
    if (has('persons')) await read(`/contacts/${id}/contactpersons`, reads.persons, out);
    if (has('ledger')) await readLedger(detail, out);
    if (has('mail')) {
      await read(`/contacts/${id}/statements/email`, reads.mailContent, out);
      const outbox = await read<{ emails: { email_id: string; attachments: unknown[] }[] }>(`/outbox?contact_id=${id}`, reads.outbox, out);
      if (outbox) await readAttachments(outbox.emails, out);
    }
  }
  return out;
}
