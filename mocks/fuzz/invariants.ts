/**
 * What every answer of the mock must be, whatever it was sent: a 2xx whose body the contract's
 * response schema accepts, or a 4xx error envelope with a non-zero code; never a 5xx. After an
 * accepted write, everything that reads the records it touched (lists, views, the detail, its
 * history, transactions, statement, outbox) must still answer the same way.
 */
import { z } from 'zod/mini';
import {
  commentSchema,
  contactPersonSchema,
  contactSchema,
  contactSummarySchema,
  errorEnvelopeSchema,
  invoiceSchema,
  outboxEmailSchema,
  pageContextSchema,
  paymentSchema,
  statementMailContentSchema,
  statementSchema,
  upcomingReminderSchema,
} from '../../src/api/schemas';
import { db } from '../runtime';
import { BASE } from '../testing';
import { hasLoneSurrogate } from './limits';

/** One broken promise; `hole` names the known gap it falls under, when it does. */
export interface Failure {
  message: string;
  hole?: string;
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

export async function send(method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<Answer> {
  const url = path.startsWith('/__mock') ? `http://localhost${path}` : `${BASE}${path}`;
  const res = await fetch(url, {
    method,
    headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
    body,
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

const short = (v: unknown) => {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 300 ? `${s.slice(0, 300)}…` : s;
};

function issues(schema: z.ZodMiniType, value: unknown): string | null {
  const r = schema.safeParse(value);
  if (r.success) return null;
  return r.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

const successEnvelope = z.object({ code: z.literal(0), message: z.string() });

/** The answer to any call: 2xx + `success` schema, or 4xx + error envelope; never 5xx. */
export function checkAnswer(what: string, a: Answer, success: z.ZodMiniType): Failure[] {
  if (a.status >= 500) return [{ message: `${what}: HTTP ${a.status} ${short(a.json ?? a.text)}` }];
  if (a.json === undefined) return [{ message: `${what}: HTTP ${a.status} with a body that is not JSON: ${short(a.text)}` }];
  if (a.status >= 200 && a.status < 300) {
    const bad = issues(successEnvelope, a.json) ?? issues(success, a.json);
    return bad ? [{ message: `${what}: HTTP ${a.status} body rejected by the contract (${bad}) in ${short(a.json)}` }] : [];
  }
  if (a.status >= 400) {
    const bad = issues(errorEnvelopeSchema, a.json);
    if (bad) return [{ message: `${what}: HTTP ${a.status} is not an error envelope (${bad}) ${short(a.json)}` }];
    const code = (a.json as { code: number }).code;
    return code === 0 ? [{ message: `${what}: HTTP ${a.status} with code 0` }] : [];
  }
  return [{ message: `${what}: unexpected HTTP ${a.status}` }];
}

/** Response bodies (beyond the envelope) of the reads the sweep makes. */
export const reads = {
  list: z.object({ contacts: z.array(contactSummarySchema), page_context: pageContextSchema }),
  listDetails: z.object({ contacts: z.array(contactSchema), page_context: pageContextSchema }),
  contact: z.object({ contact: contactSchema }),
  comments: z.object({ contact_comments: z.array(commentSchema) }),
  persons: z.object({ contact_persons: z.array(contactPersonSchema) }),
  invoices: z.object({ invoices: z.array(invoiceSchema) }),
  payments: z.object({ customerpayments: z.array(paymentSchema) }),
  statement: z.object({ statement: statementSchema }),
  reminders: z.object({ reminders: z.array(upcomingReminderSchema) }),
  outbox: z.object({ emails: z.array(outboxEmailSchema) }),
  mailContent: z.object({ data: statementMailContentSchema }),
  duplicates: z.object({
    duplicate_groups: z.array(z.object({ reason: z.string(), key: z.string(), contacts: z.array(contactSummarySchema) })),
  }),
};

async function read(path: string, schema: z.ZodMiniType, out: Failure[], allow404 = false): Promise<unknown> {
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
  return f.length ? undefined : a.json;
}

/**
 * Outbox attachments are served raw: each must answer 200, as a download that no browser
 * sniffs or runs (api.md Limits: Content-Disposition attachment, nosniff, CSP sandbox).
 */
async function readAttachments(emails: z.infer<typeof outboxEmailSchema>[], out: Failure[]): Promise<void> {
  for (const e of emails.slice(0, 2)) {
    for (let i = 0; i < Math.min(e.attachments.length, 3); i++) {
      const what = `GET /outbox/${e.email_id}/attachments/${i}`;
      const a = await send('GET', `/outbox/${e.email_id}/attachments/${i}`);
      if (a.status !== 200) {
        out.push({ message: `${what}: HTTP ${a.status} ${short(a.text)}`, hole: 'attachment' });
        continue;
      }
      const h = (name: string) => a.headers.get(name) ?? '';
      if (!h('content-disposition').startsWith('attachment') || h('x-content-type-options') !== 'nosniff' || !h('content-security-policy').includes('sandbox')) {
        out.push({ message: `${what}: served without attachment/nosniff/sandbox headers`, hole: 'attachment' });
      }
    }
  }
}

/** Groups of reads a write is followed by (each endpoint names the ones it can affect). */
export type ReadGroup = 'lists' | 'detail' | 'persons' | 'ledger' | 'mail';
/** Other reads after an accepted write: [path, body schema]. */
export type ExtraRead = [string, z.ZodMiniType];

/**
 * Read back what a write touched (call as the admin, who sees every customer). `lists`: the
 * list in name order (every stored record must be in it), the newest page with details, the
 * Duplicate view and suggestions, a search by the record's name. The others per customer:
 * its detail and history, persons, ledger (invoices, payments, statement, reminders), mail.
 */
export async function sweep(touched: string[], groups: ReadGroup[], extra: ExtraRead[] = []): Promise<Failure[]> {
  const out: Failure[] = [];
  const has = (g: ReadGroup) => groups.includes(g);
  for (const [path, schema] of extra) await read(path, schema, out);
  if (has('lists')) {
    const all = (await read('/contacts?per_page=200', reads.list, out)) as z.infer<typeof reads.list> | undefined;
    await read('/contacts?sort_column=last_modified_time&sort_order=D&per_page=5&include=details', reads.listDetails, out);
    await read('/contacts?filter_by=Status.Duplicate&per_page=200', reads.list, out);
    await read('/contacts/duplicates?per_page=50', reads.duplicates, out);
    for (const id of touched.slice(0, 3)) {
      const stored = db.tables.contacts.get(id);
      if (stored && all && all.page_context.total <= 200 && !all.contacts.some((c) => c.contact_id === id)) {
        out.push({ message: `GET /contacts does not list stored customer ${id}` });
      }
    }
    const first = db.tables.contacts.get(touched[0] ?? '');
    const q = first?.contact_name.slice(0, 60) ?? '';
    if (first && q.trim() && !hasLoneSurrogate(q)) {
      const found = (await read(`/contacts?per_page=200&search_text=${encodeURIComponent(q)}`, reads.list, out)) as
        | z.infer<typeof reads.list>
        | undefined;
      if (found && !found.contacts.some((c) => c.contact_id === first.contact_id)) {
        out.push({ message: `searching customer ${first.contact_id} by its own name ${short(q)} does not find it` });
      }
    }
  }
  for (const [i, id] of touched.slice(0, 3).entries()) {
    if (!(await read(`/contacts/${id}`, reads.contact, out, !db.tables.contacts.has(id)))) continue;
    if (has('detail')) await read(`/contacts/${id}/comments`, reads.comments, out);
    if (i > 0) continue;
    if (has('persons')) await read(`/contacts/${id}/contactpersons`, reads.persons, out);
    if (has('ledger')) {
      await read(`/invoices?customer_id=${id}`, reads.invoices, out);
      await read(`/customerpayments?customer_id=${id}`, reads.payments, out);
      await read(`/contacts/${id}/statement`, reads.statement, out);
      await read(`/contacts/${id}/reminders`, reads.reminders, out);
    }
    if (has('mail')) {
      await read(`/contacts/${id}/statements/email`, reads.mailContent, out);
      const outbox = (await read(`/outbox?contact_id=${id}`, reads.outbox, out)) as z.infer<typeof reads.outbox> | undefined;
      if (outbox) await readAttachments(outbox.emails, out);
    }
  }
  return out;
}
