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

/**
 * Send a request as a client would: text as JSON unless `contentType` says otherwise (Zoho's
 * form bodies, hand-written multipart), form data as multipart (fetch sets the boundary).
 */
export async function send(method: string, path: string, body?: string | FormData, contentType?: string): Promise<Answer> {
  const url = path.startsWith('/__mock') ? `http://localhost${path}` : `${BASE}${path}`;
  const type = contentType ?? (typeof body === 'string' ? 'application/json' : undefined);
  const res = await fetch(url, { method, headers: type ? { 'Content-Type': type } : {}, body });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

export const short = (v: unknown) => {
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

/** Every row of every table, by reference: a refused write must leave exactly these. */
export type StoreRefs = Map<string, Map<string, unknown>>;
export function storeRefs(): StoreRefs {
  return new Map(Object.entries(db.tables).map(([name, t]) => [name, new Map<string, unknown>(t.rows)]));
}

/** The tables whose rows differ from `before` (rollback restores the very same row objects). */
export function changedSince(before: StoreRefs): string[] {
  return [...before]
    .filter(([name, rows]) => {
      const now = (db.tables as Record<string, { rows: Map<string, unknown> }>)[name].rows;
      return now.size !== rows.size || [...now].some(([id, row]) => rows.get(id) !== row);
    })
    .map(([name]) => name);
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
