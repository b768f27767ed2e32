/**
 * POST /contacts/{id}/email, and the body reading the statement email shares: a JSON or
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
import { parseOrRefuse, refuse, RuleFailure } from '../rules/failure';
import { API, actingUser, api, ok, readFormData, readJson } from './http';

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
