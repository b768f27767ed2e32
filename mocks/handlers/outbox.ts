/**
 * The outbox (*ext*): every email the app "sent", newest first, with attachment metadata;
 * the bytes of each attachment at their own URL, served as an inert download (rules/mail.ts).
 */
import { HttpResponse, http, type HttpHandler } from 'msw';
import type { User } from '../../src/api/schemas';
import { db } from '../runtime';
import type { EmailRecord } from '../db/types';
import { attachmentHeaders, decodeBase64, toOutboxEmail } from '../rules/mail';
import { canSeeCustomerOf } from '../rules/visible-contact';
import { refuse } from '../rules/failure';
import { API, actingUser, api, ok, query } from './http';

const contactOf = (e: EmailRecord) => db.tables.contacts.get(e.contact_id);

/** An email is visible when its customer is (a staff_assigned user sees their customers' mail). */
function findVisibleEmail(user: User, id: string): EmailRecord {
  const email = db.tables.emails.get(id);
  if (!email || !canSeeCustomerOf(user, contactOf(email))) throw refuse.notFound('Email');
  return email;
}

const view = (e: EmailRecord) => toOutboxEmail(e, contactOf(e)?.contact_name ?? '');

function byNewest(a: EmailRecord, b: EmailRecord): number {
  return b.sent_time.localeCompare(a.sent_time) || Number(b.email_id) - Number(a.email_id);
}

export const outboxHandlers: HttpHandler[] = [
  http.get(
    `${API}/outbox`,
    api(({ request }) => {
      const contactId = query(request).get('contact_id') ?? '';
      const user = actingUser(request);
      const emails = db.tables.emails
        .all()
        .filter((e) => !contactId || e.contact_id === contactId)
        .filter((e) => canSeeCustomerOf(user, contactOf(e)))
        .sort(byNewest)
        .map(view);
      return ok('success', { emails });
    }),
  ),

  http.get(
    `${API}/outbox/:email_id`,
    api<{ email_id: string }>(({ params, request }) => ok('success', { email: view(findVisibleEmail(actingUser(request), params.email_id)) })),
  ),

  http.get(
    `${API}/outbox/:email_id/attachments/:index`,
    api<{ email_id: string; index: string }>(({ params, request }) => {
      const email = findVisibleEmail(actingUser(request), params.email_id);
      const attachment = /^\d+$/.test(params.index) ? email.attachments[Number(params.index)] : undefined;
      if (!attachment) throw refuse.notFound('Attachment');
      const bytes = decodeBase64(attachment.content_base64) ?? new Uint8Array();
      // Served inert whatever was stored (also records from before the content type was checked).
      return new HttpResponse(bytes, { status: 200, headers: attachmentHeaders(attachment, bytes.length) });
    }),
  ),
];
