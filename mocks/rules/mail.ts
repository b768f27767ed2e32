/**
 * Outgoing mail rules: recipients must be the customer's own contact persons (so a typo can
 * never mail a stranger), and attachments arrive as base64 or file parts with a real media
 * type and are stored as base64 with their decoded size.
 */
import type { z } from 'zod/mini';
import type { AttachmentInput, ContactPerson, emailInputSchema, FieldError, OutboxEmail, User } from '../../src/api/schemas';
import { isValidMediaType, servedContentType } from '../../src/api/attachments';
import { MAX_ATTACHMENT_BYTES } from '../../src/api/limits';
import { replaceForbiddenChars } from '../../src/lib/text';
import type { Tx } from '../db/store';
import type { ContactRecord, EmailRecord, StoredAttachment } from '../db/types';
import { nowIso } from './dates';
import { refuse } from './failure';

export { MAX_ATTACHMENT_BYTES };

/** An email as its endpoints parse it (defaults filled). */
export type EmailInputParsed = z.output<typeof emailInputSchema>;

const normalise = (address: string) => address.trim().toLowerCase();

/** Addresses that are not the email of one of the persons (compared case-insensitively). */
export function unknownRecipients(addresses: string[], persons: Pick<ContactPerson, 'email'>[]): string[] {
  const known = new Set(persons.map((p) => normalise(p.email)).filter(Boolean));
  return addresses.filter((a) => !known.has(normalise(a)));
}

/** One 1001 entry per recipient field that names an address outside the customer. */
export function recipientErrors(input: { to_mail_ids: string[]; cc_mail_ids: string[] }, persons: Pick<ContactPerson, 'email'>[]): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of ['to_mail_ids', 'cc_mail_ids'] as const) {
    const unknown = unknownRecipients(input[field], persons);
    if (unknown.length) {
      errors.push({
        field,
        message: `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not an email address of this customer's contact persons.`,
      });
    }
  }
  return errors;
}

/** Only the alphabet and up to two trailing `=`; a simple class so huge files cannot overflow the regex engine. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Decode base64 (whitespace, missing padding and a `data:…;base64,` prefix tolerated, as
 * browsers and tools differ); null when malformed.
 */
export function decodeBase64(text: string): Uint8Array | null {
  const clean = text.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (!BASE64.test(clean) || clean.length % 4 === 1) return null;
  const padded = clean.includes('=') ? clean : clean + '='.repeat((4 - (clean.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Encode bytes as base64, in chunks so a large file does not overflow the argument list. */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/**
 * Validate and normalise attachments; errors name `attachments.<i>.content_type`,
 * `attachments.<i>.content_base64` or `attachments`. (The request schema checks the content
 * type first; this keeps the rule safe on its own.)
 */
export function storeAttachments(inputs: AttachmentInput[]): { attachments: StoredAttachment[]; errors: FieldError[] } {
  const attachments: StoredAttachment[] = [];
  const errors: FieldError[] = [];
  inputs.forEach((a, i) => {
    if (!isValidMediaType(a.content_type)) {
      errors.push({ field: `attachments.${i}.content_type`, message: `${a.file_name} does not have a valid content type.` });
      return;
    }
    const bytes = decodeBase64(a.content_base64);
    if (!bytes) {
      errors.push({ field: `attachments.${i}.content_base64`, message: `${a.file_name} is not valid base64.` });
      return;
    }
    attachments.push({
      file_name: a.file_name,
      content_type: a.content_type,
      size: bytes.length,
      content_base64: encodeBase64(bytes),
    });
  });
  const total = attachments.reduce((s, a) => s + a.size, 0);
  if (total > MAX_ATTACHMENT_BYTES) {
    errors.push({ field: 'attachments', message: `Attachments can be at most ${MAX_ATTACHMENT_BYTES / (1024 * 1024)} MB in total.` });
  }
  return { attachments, errors };
}

/** A file name safe in a Content-Disposition header and on every OS (Unicode kept). */
export function safeFileName(name: string): string {
  const cleaned = [...name.trim()].map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) || /\s/.test(ch) ? '_' : ch)).join('');
  return cleaned || 'file';
}

/** RFC 5987 `value-chars`: percent-encode all but `attr-char` (encodeURIComponent leaves `'()*`). */
const rfc5987 = (text: string) => encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `Content-Disposition: attachment` with an ASCII fallback and the UTF-8 name (RFC 6266 /
 * 5987). Whatever the stored name holds (CR/LF, quotes, lone surrogates from older data), the
 * header stays one well-formed line.
 */
export function contentDisposition(fileName: string): string {
  // C0/C1 controls (CR/LF above all), the bidi controls that can disguise an extension, lone surrogates.
  const name = replaceForbiddenChars(fileName.trim()) || 'file';
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(name)}`;
}

/**
 * The headers a stored attachment is served with: inert whatever it holds. Only allow-listed
 * types keep their Content-Type; the browser must not sniff, render it as a page of our
 * origin (CSP sandbox) or show it inline.
 */
export function attachmentHeaders(attachment: Pick<StoredAttachment, 'file_name' | 'content_type'>, length: number): Record<string, string> {
  return {
    'Content-Type': servedContentType(attachment.content_type),
    'Content-Length': String(length),
    'Content-Disposition': contentDisposition(attachment.file_name),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': 'sandbox',
  };
}

/** Stored email → the outbox shape: attachment metadata only, the bytes have their own URL. */
export function toOutboxEmail(e: EmailRecord, contactName: string): OutboxEmail {
  return {
    email_id: e.email_id,
    contact_id: e.contact_id,
    contact_name: contactName,
    kind: e.kind,
    to_mail_ids: [...e.to_mail_ids],
    cc_mail_ids: [...e.cc_mail_ids],
    subject: e.subject,
    body: e.body,
    attachments: e.attachments.map(({ file_name, content_type, size }) => ({ file_name, content_type, size })),
    sent_by: e.sent_by,
    sent_time: e.sent_time,
  };
}

/**
 * Validate against the customer and store the mail; call inside `db.transact`. Every problem
 * (fields, recipients, attachments) is reported together as one 1001.
 */
export function sendEmail(tx: Tx, contact: ContactRecord, input: EmailInputParsed, opts: { kind: EmailRecord['kind']; user: User }): EmailRecord {
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
