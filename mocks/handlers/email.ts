/**
 * POST /contacts/{id}/email, and the body reading the statement email shares: a JSON, form or
 * multipart body is read here; checking recipients and attachments and storing the mail is
 * rules/mail.ts `sendEmail`, run in one transaction with the customer's history.
 */
import { http, type HttpHandler } from 'msw';
import { MAX_EMAIL_BODY_BYTES } from '../../src/api/limits';
import { emailInputSchema, type AttachmentInput } from '../../src/api/schemas';
import { db } from '../runtime';
import { addComment } from '../rules/comments';
import { encodeBase64, sendEmail, toOutboxEmail, type EmailInputParsed } from '../rules/mail';
import { findVisibleContact } from '../rules/visible-contact';
import { parseOrRefuse } from '../rules/failure';
import { API, actingUser, api, ok, readInput } from './http';

/**
 * The email fields from a body in any of Zoho's forms (http.ts `readInput`): multipart
 * `attachments` files are turned into the JSON attachment shape ({file_name, content_type,
 * content_base64}) after any listed in the JSON, so one schema validates both; 1038 / 1001
 * as the contract says.
 */
export async function readEmailInput(request: Request): Promise<EmailInputParsed> {
  const { fields, files } = await readInput(request, MAX_EMAIL_BODY_BYTES, ['attachments']);
  if (!files.length || !fields || typeof fields !== 'object' || Array.isArray(fields)) return parseOrRefuse(emailInputSchema, fields);
  const record = fields as Record<string, unknown>;
  const listed = Array.isArray(record.attachments) ? (record.attachments as unknown[]) : [];
  const uploaded: AttachmentInput[] = files.map((f) => ({
    file_name: f.file_name,
    content_type: f.content_type,
    content_base64: encodeBase64(f.bytes),
  }));
  return parseOrRefuse(emailInputSchema, { ...record, attachments: [...listed, ...uploaded] });
}

export const emailHandlers: HttpHandler[] = [
  http.post(
    `${API}/contacts/:id/email`,
    api<{ id: string }>(async ({ request, params }) => {
      const user = actingUser(request);
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
