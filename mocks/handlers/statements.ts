/**
 * Statements: the data of one customer's statement, of up to 25 at once (bulk print/send),
 * the statement email's prefilled content, and sending it. The maths lives in
 * rules/statement.ts; the PDF is rendered by the client from this data.
 */
import { http, type HttpHandler } from 'msw';
import { MAX_STATEMENT_CONTACTS } from '../../src/api/limits';
import {
  ErrorCode,
  statementFilters,
  type FieldError,
  type Statement,
  type StatementFilter,
  type StatementMailContent,
  type Template,
} from '../../src/api/schemas';
import { db } from '../runtime';
import type { ContactRecord, InvoiceRecord, PaymentRecord } from '../db/types';
import { addComment } from '../rules/comments';
import { currencyCodeOf, precisionOf } from '../rules/contact-view';
import { isValidIsoDate, todayIso } from '../rules/dates';
import { safeFileName } from '../rules/mail';
import { fillPlaceholders, statementPlaceholders } from '../../src/lib/placeholders';
import { formatAmount } from '../rules/money';
import { computeStatement, statementAmounts, thisMonth, type StatementMinor } from '../rules/statement';
import { findVisibleContact } from '../rules/visible-contact';
import { readEmailInput, sendEmail } from './email';
import { refuse } from '../rules/failure';
import { API, actingUser, api, ok, query } from './http';

/** The product's bulk limit (api.md, 3006). */

interface Period {
  start: string;
  end: string;
  filter: StatementFilter;
}
interface Ledger {
  invoices: InvoiceRecord[];
  payments: PaymentRecord[];
}

const isFilter = (s: string): s is StatementFilter => (statementFilters as readonly string[]).includes(s);

/** start_date / end_date default to this month (the UI's default period); filter to `all`. */
function readPeriod(q: URLSearchParams): Period {
  const month = thisMonth(todayIso());
  const start = q.get('start_date') || month.start;
  const end = q.get('end_date') || month.end;
  const filter = q.get('filter') || 'all';
  const errors: FieldError[] = [];
  if (!isValidIsoDate(start)) errors.push({ field: 'start_date', message: 'Enter a valid date (YYYY-MM-DD).' });
  if (!isValidIsoDate(end)) errors.push({ field: 'end_date', message: 'Enter a valid date (YYYY-MM-DD).' });
  else if (isValidIsoDate(start) && end < start) {
    errors.push({ field: 'end_date', message: 'The end date cannot be before the start date.' });
  }
  if (!isFilter(filter)) errors.push({ field: 'filter', message: 'Filter must be all or outstanding.' });
  if (errors.length || !isFilter(filter)) throw refuse.invalid(errors);
  return { start, end, filter };
}

/** One pass over the transactions for all requested customers (bulk print of 25 stays cheap). */
function ledgersOf(contactIds: string[]): Map<string, Ledger> {
  const ledgers = new Map<string, Ledger>(contactIds.map((id) => [id, { invoices: [], payments: [] }]));
  for (const inv of db.tables.invoices.rows.values()) ledgers.get(inv.customer_id)?.invoices.push(inv);
  for (const pay of db.tables.payments.rows.values()) ledgers.get(pay.customer_id)?.payments.push(pay);
  return ledgers;
}

/** The customer's template if it is one of the right kind, else the org default of that kind. */
function templateFor(id: string, kind: Template['kind']): Template | undefined {
  const fits = (t: Template | undefined) => !!t && t.kind === kind && t.document === 'statement';
  const own = db.tables.templates.get(id);
  if (own && fits(own)) return own;
  const candidates = db.tables.templates.all().filter(fits);
  return candidates.find((t) => t.is_default) ?? candidates[0];
}

function statementOf(contact: ContactRecord, period: Period, ledger: Ledger): { statement: Statement; minor: StatementMinor } {
  const minor = computeStatement({ ...ledger, ...period });
  const statement: Statement = {
    contact_id: contact.contact_id,
    contact_name: contact.contact_name,
    currency_code: currencyCodeOf(db, contact.currency_id),
    start_date: period.start,
    end_date: period.end,
    filter: period.filter,
    ...statementAmounts(minor, precisionOf(db, contact.currency_id)),
    template_id: templateFor(contact.default_templates.statement_template_id, 'pdf')?.template_id ?? '',
    billing_address: { ...contact.billing_address },
  };
  return { statement, minor };
}

function singleStatement(contact: ContactRecord, period: Period) {
  const ledger = ledgersOf([contact.contact_id]).get(contact.contact_id) ?? { invoices: [], payments: [] };
  return statementOf(contact, period, ledger);
}

const FALLBACK_MAIL = {
  subject: 'Statement of accounts from %StartDate% to %EndDate%',
  body: 'Dear %CustomerName%,\n\nPlease find attached your statement. Balance due: %BalanceDue%.\n\nRegards,\n%CompanyName%',
};

function mailContent(contact: ContactRecord, period: Period): StatementMailContent {
  const { minor } = singleStatement(contact, period);
  const template = templateFor(contact.default_templates.statement_email_template_id, 'email');
  const values = statementPlaceholders({
    customerName: contact.contact_name,
    balanceDue: formatAmount(minor.balance_due_minor, precisionOf(db, contact.currency_id), currencyCodeOf(db, contact.currency_id)),
    startDate: period.start,
    endDate: period.end,
    companyName: db.tables.settings.get('settings')?.preferences.org_name ?? '',
  });
  return {
    subject: fillPlaceholders(template?.subject ?? FALLBACK_MAIL.subject, values),
    body: fillPlaceholders(template?.body ?? FALLBACK_MAIL.body, values),
    // Persons without an email cannot be mailed; the primary contact is preselected.
    to_contacts: contact.contact_persons
      .filter((p) => p.email)
      .map((p) => ({
        contact_person_id: p.contact_person_id,
        email: p.email,
        name: [p.first_name, p.last_name].filter(Boolean).join(' ') || p.email,
        selected: p.is_primary_contact,
      })),
    file_name: `${safeFileName(`Statement_${contact.contact_name}_${period.start}_${period.end}`)}.pdf`,
  };
}

/** `contact_ids`: comma-separated, duplicates collapsed, 1..25 of them. */
function readContactIds(q: URLSearchParams): string[] {
  const ids = [...new Set((q.get('contact_ids') ?? '').split(',').map((s) => s.trim()).filter(Boolean))];
  if (!ids.length) throw refuse.invalid([{ field: 'contact_ids', message: 'Choose at least one customer.' }]);
  if (ids.some((id) => !/^\d+$/.test(id))) {
    throw refuse.invalid([{ field: 'contact_ids', message: 'Customer ids must be strings of digits.' }]);
  }
  if (ids.length > MAX_STATEMENT_CONTACTS) {
    throw refuse.rule(ErrorCode.tooManyStatements, `A statement action can include at most ${MAX_STATEMENT_CONTACTS} customers.`, 'contact_ids');
  }
  return ids;
}

export const statementHandlers: HttpHandler[] = [
  // Registered before /contacts/:id (handlers/index.ts), so "statements" is not taken for an id.
  http.get(
    `${API}/contacts/statements`,
    api(({ request }) => {
      const q = query(request);
      const ids = readContactIds(q);
      const period = readPeriod(q);
      const user = actingUser();
      // One hidden or missing customer fails the whole request (404), like a single statement.
      const contacts = ids.map((id) => findVisibleContact(db, user, id));
      const ledgers = ledgersOf(ids);
      const statements = contacts.map((c) => statementOf(c, period, ledgers.get(c.contact_id) ?? { invoices: [], payments: [] }).statement);
      return ok('success', { statements });
    }),
  ),

  http.get(
    `${API}/contacts/:id/statement`,
    api<{ id: string }>(({ request, params }) => {
      const contact = findVisibleContact(db, actingUser(), params.id);
      return ok('success', { statement: singleStatement(contact, readPeriod(query(request))).statement });
    }),
  ),

  http.get(
    `${API}/contacts/:id/statements/email`,
    api<{ id: string }>(({ request, params }) => {
      const contact = findVisibleContact(db, actingUser(), params.id);
      return ok('success', { data: mailContent(contact, readPeriod(query(request))) });
    }),
  ),

  http.post(
    `${API}/contacts/:id/statements/email`,
    api<{ id: string }>(async ({ request, params }) => {
      const user = actingUser();
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
