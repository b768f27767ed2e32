/**
 * Statements as the API serves them: the period and customer ids a request names, one pass
 * over the ledgers, the statement of a customer (maths in statement.ts, template by the
 * customer's choice or the org default) and its email's prefilled content.
 */
import { MAX_STATEMENT_CONTACTS } from '../../src/api/limits';
import {
  ErrorCode,
  statementFilters,
  type FieldError,
  type Statement,
  type StatementFilter,
  type StatementMailContent,
  type Template,
  type User,
} from '../../src/api/schemas';
import { fillPlaceholders, statementPlaceholders } from '../../src/lib/placeholders';
import type { Database } from '../db/store';
import type { ContactRecord, InvoiceRecord, PaymentRecord } from '../db/types';
import { currencyCodeOf, precisionOf } from './contact-view';
import { isValidIsoDate, todayIso } from './dates';
import { refuse } from './failure';
import { safeFileName } from './mail';
import { formatAmount } from './money';
import { computeStatement, statementAmounts, thisMonth, type StatementMinor } from './statement';

export interface Period {
  start: string;
  end: string;
  filter: StatementFilter;
}
export interface Ledger {
  invoices: InvoiceRecord[];
  payments: PaymentRecord[];
}

const isFilter = (s: string): s is StatementFilter => (statementFilters as readonly string[]).includes(s);

/** start_date / end_date default to this month (the UI's default period); filter to `all`. */
export function readPeriod(q: URLSearchParams): Period {
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
export function ledgersOf(db: Database, contactIds: string[]): Map<string, Ledger> {
  const ledgers = new Map<string, Ledger>(contactIds.map((id) => [id, { invoices: [], payments: [] }]));
  for (const inv of db.tables.invoices.rows.values()) ledgers.get(inv.customer_id)?.invoices.push(inv);
  for (const pay of db.tables.payments.rows.values()) ledgers.get(pay.customer_id)?.payments.push(pay);
  return ledgers;
}

/** The customer's template if it is one of the right kind, else the org default of that kind. */
function templateFor(db: Database, id: string, kind: Template['kind']): Template | undefined {
  const fits = (t: Template | undefined) => !!t && t.kind === kind && t.document === 'statement';
  const own = db.tables.templates.get(id);
  if (own && fits(own)) return own;
  const candidates = db.tables.templates.all().filter(fits);
  return candidates.find((t) => t.is_default) ?? candidates[0];
}

export function statementOf(db: Database, contact: ContactRecord, period: Period, ledger: Ledger): { statement: Statement; minor: StatementMinor } {
  const minor = computeStatement({ ...ledger, ...period });
  const statement: Statement = {
    contact_id: contact.contact_id,
    contact_name: contact.contact_name,
    currency_code: currencyCodeOf(db, contact.currency_id),
    start_date: period.start,
    end_date: period.end,
    filter: period.filter,
    ...statementAmounts(minor, precisionOf(db, contact.currency_id)),
    template_id: templateFor(db, contact.default_templates.statement_template_id, 'pdf')?.template_id ?? '',
    billing_address: { ...contact.billing_address },
  };
  return { statement, minor };
}

export function singleStatement(db: Database, contact: ContactRecord, period: Period) {
  const ledger = ledgersOf(db, [contact.contact_id]).get(contact.contact_id) ?? { invoices: [], payments: [] };
  return statementOf(db, contact, period, ledger);
}

const FALLBACK_MAIL = {
  subject: 'Statement of accounts from %StartDate% to %EndDate%',
  body: 'Dear %CustomerName%,\n\nPlease find attached your statement. Balance due: %BalanceDue%.\n\nRegards,\n%CompanyName%',
};

export function mailContent(db: Database, contact: ContactRecord, period: Period, sender?: User): StatementMailContent {
  const { minor } = singleStatement(db, contact, period);
  const template = templateFor(db, contact.default_templates.statement_email_template_id, 'email');
  const values = statementPlaceholders({
    customerName: contact.contact_name,
    balanceDue: formatAmount(minor.balance_due_minor, precisionOf(db, contact.currency_id), currencyCodeOf(db, contact.currency_id)),
    startDate: period.start,
    endDate: period.end,
    companyName: db.tables.settings.get('settings')?.preferences.org_name ?? '',
  });
  return {
    contact_id: contact.contact_id,
    from_emails: sender ? [{ user_name: sender.name, email: sender.email, selected: true, is_org_email_id: false }] : [],
    subject: fillPlaceholders(template?.subject ?? FALLBACK_MAIL.subject, values),
    body: fillPlaceholders(template?.body ?? FALLBACK_MAIL.body, values),
    // Persons without an email cannot be mailed; the primary contact is preselected.
    to_contacts: contact.contact_persons
      .filter((p) => p.email)
      .map((p) => ({
        contact_person_id: p.contact_person_id,
        salutation: p.salutation,
        first_name: p.first_name,
        last_name: p.last_name,
        email: p.email,
        phone: p.phone,
        mobile: p.mobile,
        name: [p.first_name, p.last_name].filter(Boolean).join(' ') || p.email,
        selected: p.is_primary_contact,
      })),
    file_name: `${safeFileName(`Statement_${contact.contact_name}_${period.start}_${period.end}`)}.pdf`,
  };
}

/** `contact_ids`: comma-separated, duplicates collapsed, 1..25 of them. */
export function readContactIds(q: URLSearchParams): string[] {
  const ids = [
    ...new Set(
      (q.get('contact_ids') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (!ids.length) throw refuse.invalid([{ field: 'contact_ids', message: 'Choose at least one customer.' }]);
  if (ids.some((id) => !/^\d+$/.test(id))) {
    throw refuse.invalid([{ field: 'contact_ids', message: 'Customer ids must be strings of digits.' }]);
  }
  if (ids.length > MAX_STATEMENT_CONTACTS) {
    throw refuse.rule(ErrorCode.tooManyStatements, `A statement action can include at most ${MAX_STATEMENT_CONTACTS} customers.`, 'contact_ids');
  }
  return ids;
}
