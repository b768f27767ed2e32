/**
 * POST /contacts/{id}/email, and the sending core the statement email shares: read a JSON or
 * multipart body, check recipients and attachments, store the mail in the outbox and write
 * the customer's history, all in one transaction.
 */
import { http, type HttpHandler } from 'msw';
import type { z } from 'zod/mini';
import { MAX_EMAIL_BODY_BYTES } from '../../src/api/limits';
import { emailInputSchema, type AttachmentInput, type User } from '../../src/api/schemas';
import { db } from '../runtime';
import type { Tx } from '../db/store';
import type { ContactRecord, EmailRecord } from '../db/types';
import { addComment } from '../rules/comments';
import { nowIso } from '../rules/dates';
import { encodeBase64, recipientErrors, storeAttachments, toOutboxEmail } from '../rules/mail';
import { findVisibleContact } from '../rules/visible-contact';
import { parseOrRefuse, refuse, RuleFailure } from '../rules/failure';
import { API, actingUser, api, ok, readFormData, readJson } from './http';

export type EmailInputParsed = z.output<typeof emailInputSchema>;

/**
 * Zoho's multipart convention: the fields as JSON in a `JSONString` part, files as
 * `attachments` parts. Files are turned into the JSON attachment shape so one path validates both.
 */
async function readMultipart(request: Request): Promise<unknown> {
  let form: FormData;
  try {
    form = await readFormData(request, MAX_EMAIL_BODY_BYTES);
  } catch (err) {
    if (err instanceof RuleFailure) throw err;
    throw refuse.invalid([{ field: 'body', message: 'The multipart body could not be read.' }]);
  }
  const json = form.get('JSONString');
  if (typeof json !== 'string') {
    throw refuse.invalid([{ field: 'JSONString', message: 'Send the fields as JSON in a JSONString part.' }]);
  }
  let fields: unknown;
  try {
    fields = JSON.parse(json);
  } catch {
    throw refuse.badJson();
  }
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) throw refuse.badJson();
  const files: AttachmentInput[] = [];
  for (const [i, part] of form.getAll('attachments').entries()) {
    if (typeof part === 'string') {
      throw refuse.invalid([{ field: `attachments.${i}`, message: 'Attachments must be sent as files.' }]);
    }
    files.push({
      file_name: part.name || `attachment-${i + 1}`,
      content_type: part.type || 'application/octet-stream',
      content_base64: encodeBase64(new Uint8Array(await part.arrayBuffer())),
    });
  }
  const record = fields as Record<string, unknown>;
  const listed = Array.isArray(record.attachments) ? (record.attachments as unknown[]) : [];
  return files.length ? { ...record, attachments: [...listed, ...files] } : record;
}

/** The email fields from a JSON body or a multipart one; 1038 / 1001 as the contract says. */
export async function readEmailInput(request: Request): Promise<EmailInputParsed> {
  const type = request.headers.get('content-type') ?? '';
  const raw = type.toLowerCase().startsWith('multipart/form-data') ? await readMultipart(request) : await readJson(request, MAX_EMAIL_BODY_BYTES);
  return parseOrRefuse(emailInputSchema, raw);
}

/**
 * Validate against the customer and store the mail; call inside `db.transact`. Every problem
 * (fields, recipients, attachments) is reported together as one 1001.
 */
export function sendEmail(
  tx: Tx,
  contact: ContactRecord,
  input: EmailInputParsed,
  opts: { kind: EmailRecord['kind']; user: User },
): EmailRecord {
  const stored = storeAttachments(input.attachments);
  const errors = [...recipientErrors(input, contact.contact_persons), ...stored.errors];
  if (errors.length) throw refuse.invalid(errors);
  return tx.emails.put({
    email_id: tx.nextId('email'),
    contact_id: contact.contact_id,
    kind: opts.kind,
    to_mail_ids: input.to_mail_ids,
    cc_mail_ids: input.cc_mail_ids,
    subject: input.subject,
    body: input.body,
    attachments: stored.attachments,
    sent_by: opts.user.name,
    sent_time: nowIso(),
  });
}

export const emailHandlers: HttpHandler[] = [
  http.post(
    `${API}/contacts/:id/email`,
    api<{ id: string }>(async ({ request, params }) => {
      const user = actingUser();
      // 404 before reading the body: a hidden customer must not learn which fields were wrong.
      findVisibleContact(db, user, params.id);
      const input = await readEmailInput(request);
      const email = await db.transact((tx) => {
        const contact = findVisibleContact(db, user, params.id);
        const record = sendEmail(tx, contact, input, { kind: 'email', user });
        const to = record.to_mail_ids.join(', ');
        addComment(tx, contact.contact_id, 'emailed', `Email "${record.subject}" sent to ${to}.`, user.name);
        return toOutboxEmail(record, contact.contact_name);
      });
      return ok('Email has been sent.', { email });
    }),
  ),
];
