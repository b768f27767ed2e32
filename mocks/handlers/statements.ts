/**
 * Statements: the data of one customer's statement, of up to 25 at once (bulk print/send),
 * the statement email's prefilled content, and sending it. The rules live in
 * rules/statement-data.ts (and the maths in rules/statement.ts); the PDF is rendered by the
 * client from this data.
 */
import { http, type HttpHandler } from 'msw';
import { db } from '../runtime';
import { addComment } from '../rules/comments';
import { sendEmail } from '../rules/mail';
import { ledgersOf, mailContent, readContactIds, readPeriod, singleStatement, statementOf } from '../rules/statement-data';
import { findVisibleContact } from '../rules/visible-contact';
import { readEmailInput } from './email';
import { API, actingUser, api, ok, query } from './http';

export const statementHandlers: HttpHandler[] = [
  // Registered before /contacts/:id (handlers/index.ts), so "statements" is not taken for an id.
  http.get(
    `${API}/contacts/statements`,
    api(({ request }) => {
      const q = query(request);
      const ids = readContactIds(q);
      const period = readPeriod(q);
      const user = actingUser(request);
      // One hidden or missing customer fails the whole request (404), like a single statement.
      const contacts = ids.map((id) => findVisibleContact(db, user, id));
      const ledgers = ledgersOf(db, ids);
      const statements = contacts.map((c) => statementOf(db, c, period, ledgers.get(c.contact_id) ?? { invoices: [], payments: [] }).statement);
      return ok('success', { statements });
    }),
  ),

  http.get(
    `${API}/contacts/:id/statement`,
    api<{ id: string }>(({ request, params }) => {
      const contact = findVisibleContact(db, actingUser(request), params.id);
      return ok('success', { statement: singleStatement(db, contact, readPeriod(query(request))).statement });
    }),
  ),

  http.get(
    `${API}/contacts/:id/statements/email`,
    api<{ id: string }>(({ request, params }) => {
      const user = actingUser(request);
      const contact = findVisibleContact(db, user, params.id);
      return ok('success', { data: mailContent(db, contact, readPeriod(query(request)), user) });
    }),
  ),

  http.post(
    `${API}/contacts/:id/statements/email`,
    api<{ id: string }>(async ({ request, params }) => {
      const user = actingUser(request);
      findVisibleContact(db, user, params.id);
      const input = await readEmailInput(request);
      await db.transact((tx) => {
        const contact = findVisibleContact(db, user, params.id);
        const record = sendEmail(tx, contact, input, { kind: 'statement', user });
        const to = record.to_mail_ids.join(', ');
        addComment(tx, contact.contact_id, 'statement_emailed', `Statement "${record.subject}" sent to ${to}.`, user.name);
      });
      return ok('Statement has been sent to the Customer.', {});
    }),
  ),
];
