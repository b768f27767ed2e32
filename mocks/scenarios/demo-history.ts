/**
 * The demo's history (comments) and outbox. Every customer gets a 'created' entry plus one per
 * thing that happened to it, so the History tab is never empty and reads like real use; the
 * contact's last_modified_time is the time of its last change in that history.
 */
import type { HistoryChange } from '../../src/api/schemas';
import type { CommentRecord, ContactRecord, EmailRecord, StoredAttachment } from '../db/types';
import { addDays } from '../rules/dates';
import type { Ledger } from './demo-ledger';
import type { EmailSpec } from './demo-spec';
import type { Rng } from './rng';
import { stampAt } from './time';

interface Entry {
  contact_id: string;
  operation_type: string;
  description: string;
  by: string;
  time: string;
  /** Whether the entry changed the contact itself (and so moves last_modified_time). */
  edits: boolean;
  changes?: HistoryChange[];
}

export interface HistoryContext {
  rng: Rng;
  anchor: string;
  contacts: ContactRecord[];
  ledger: Ledger;
  emails: EmailRecord[];
  userName: (id: string) => string;
}

const ADMIN = 'Aiko Tanaka';
const STAFF = 'Ben Carter';

/** The same clock time `days` later. */
const later = (time: string, days: number) => addDays(time.slice(0, 10), days) + time.slice(10);

function contactEntries(ctx: HistoryContext, c: ContactRecord, byId: Map<string, ContactRecord>): Entry[] {
  const by = ctx.rng.chance(0.5) ? ADMIN : STAFF;
  const id = c.contact_id;
  const entry = (operation_type: string, description: string, time: string, who = by): Entry => ({
    contact_id: id,
    operation_type,
    description,
    by: who,
    time,
    edits: true,
  });
  const out = [entry('created', 'Contact created.', c.created_time)];
  if (c.owner_id) {
    out.push(entry('owner_changed', `Customer owner set to ${ctx.userName(c.owner_id)}.`, later(c.created_time, 1), ADMIN));
  }
  const code = c.custom_fields.find((f) => f.customfield_id === '1');
  if (code) {
    // The audit trail's shape: the customer code was given after the customer was created.
    const changes: HistoryChange[] = [{ field: 'cf_customer_code', label: 'Customer Code', old_value: '', new_value: String(code.value ?? '') }];
    out.push({ ...entry('updated', 'Contact information updated.', later(c.created_time, ctx.rng.int(5, 40))), changes });
  }
  if (c.is_portal_enabled) out.push(entry('portal_enabled', 'Client portal access enabled.', later(c.created_time, 2)));
  if (!c.payment_reminder_enabled) {
    out.push(entry('reminders_disabled', 'All reminders associated with this contact have been stopped.', stampAt(ctx.anchor, -10, 600), ADMIN));
  }
  const master = c.merged_into_contact_id ? byId.get(c.merged_into_contact_id) : undefined;
  if (master) {
    const time = stampAt(ctx.anchor, -25, 660);
    out.push(entry('merged', `Merged into ${master.contact_name}`, time, ADMIN));
    out.push({ ...entry('merged', `${c.contact_name} was merged into this customer.`, time, ADMIN), contact_id: master.contact_id });
  } else if (c.status === 'inactive') {
    out.push(entry('marked_inactive', 'Marked as inactive.', stampAt(ctx.anchor, -20, 900)));
  }
  return out;
}

function activityEntries(ctx: HistoryContext): Entry[] {
  const out: Entry[] = [];
  const add = (contact_id: string, operation_type: string, description: string, time: string, by: string) =>
    out.push({ contact_id, operation_type, description, by, time, edits: false });
  for (const i of ctx.ledger.invoices) add(i.customer_id, 'invoice_created', `Invoice ${i.invoice_number} created.`, i.created_time, STAFF);
  for (const p of ctx.ledger.payments) add(p.customer_id, 'payment_recorded', `Payment ${p.payment_number} recorded.`, p.created_time, STAFF);
  for (const e of ctx.emails) {
    const what = e.kind === 'statement' ? 'Statement' : 'Email';
    add(e.contact_id, `${e.kind}_sent`, `${what} sent to ${e.to_mail_ids.join(', ')}: ${e.subject}`, e.sent_time, e.sent_by);
  }
  return out;
}

export function buildHistory(ctx: HistoryContext): CommentRecord[] {
  const byId = new Map(ctx.contacts.map((c) => [c.contact_id, c]));
  const entries = [...ctx.contacts.flatMap((c) => contactEntries(ctx, c, byId)), ...activityEntries(ctx)];
  // Ids in time order, as if each had been written when it happened.
  entries.sort((a, b) => a.time.localeCompare(b.time) || Number(a.contact_id) - Number(b.contact_id));
  return entries.map((e, i) => {
    const contact = byId.get(e.contact_id);
    if (contact && e.edits && e.time > contact.last_modified_time) contact.last_modified_time = e.time;
    return {
      comment_id: String(i + 1),
      contact_id: e.contact_id,
      description: e.description,
      operation_type: e.operation_type,
      commented_by: e.by,
      date: e.time.slice(0, 10),
      time: e.time,
      ...(e.changes ? { changes: e.changes } : {}),
    };
  });
}

/** A small UTF-8 text file as the outbox stores attachments (base64, no Buffer: runs in browsers). */
export function textAttachment(file_name: string, text: string): StoredAttachment {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return { file_name, content_type: 'text/plain; charset=utf-8', size: bytes.length, content_base64: btoa(binary) };
}

export function buildEmails(specs: EmailSpec[], contacts: Map<string, ContactRecord>, rng: Rng, anchor: string): EmailRecord[] {
  return specs.map((s, i) => {
    const c = contacts.get(s.customer);
    if (!c) throw new Error(`Demo email refers to unknown customer ${s.customer}.`);
    const [to, ...cc] = s.to.map((n) => c.contact_persons[n]?.email ?? '').filter(Boolean);
    return {
      email_id: String(i + 1),
      contact_id: c.contact_id,
      kind: s.kind,
      to_mail_ids: to ? [to] : [],
      cc_mail_ids: cc,
      subject: s.subject,
      body: s.body,
      attachments: [textAttachment(s.attachment.file_name, s.attachment.text)],
      sent_by: ADMIN,
      sent_time: stampAt(anchor, -s.daysAgo, rng.int(9 * 60, 17 * 60)),
    };
  });
}
