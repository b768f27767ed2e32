/**
 * Invoices (enough of them for customers to have transactions): list per customer and create.
 * Status is derived on read (rules/invoice-status.ts); money is stored in minor units.
 */
import { http, type HttpHandler } from 'msw';
import { invoiceInputSchema, invoiceStatuses, type FieldError } from '../../src/api/schemas';
import { db } from '../runtime';
import type { InvoiceRecord } from '../db/types';
import { invoiceRecord } from '../db/builders';
import { addComment } from '../rules/comments';
import { currencyCodeOf, precisionOf } from '../rules/contact-view';
import { addDays, isValidIsoDate, nowIso, todayIso } from '../rules/dates';
import { byNewestInvoice, formatInvoiceNumber, precisionForCode, toInvoice, type InvoiceStatus } from '../rules/invoice-status';
import { checkLineItems, formatAmount } from '../rules/money';
import { canSeeCustomerOf, findVisibleContact } from '../rules/visible-contact';
import { parseOrRefuse, refuse } from '../rules/failure';
import { API, actingUser, api, ok, query, readJson } from './http';

function invoiceView(inv: InvoiceRecord, today: string) {
  return toInvoice(inv, {
    customerName: db.tables.contacts.get(inv.customer_id)?.contact_name ?? '',
    precision: precisionForCode(db.tables.currencies.all(), inv.currency_code),
    today,
  });
}

const isStatus = (s: string): s is InvoiceStatus => (invoiceStatuses as readonly string[]).includes(s);

/** The invoice date, and the due date (defaulted from the customer's terms only when the date is valid). */
function resolveDates(date: string, dueInput: string | undefined, terms: number): { due_date: string; errors: FieldError[] } {
  const invalid = 'Enter a valid date (YYYY-MM-DD).';
  if (!isValidIsoDate(date)) return { due_date: '', errors: [{ field: 'date', message: invalid }] };
  const due_date = dueInput ?? addDays(date, terms);
  if (!isValidIsoDate(due_date)) return { due_date, errors: [{ field: 'due_date', message: invalid }] };
  if (due_date < date) {
    return { due_date, errors: [{ field: 'due_date', message: 'The due date cannot be before the invoice date.' }] };
  }
  return { due_date, errors: [] };
}

export const invoiceHandlers: HttpHandler[] = [
  http.get(
    `${API}/invoices`,
    api(({ request }) => {
      const q = query(request);
      const customerId = q.get('customer_id') ?? '';
      const status = q.get('status') ?? '';
      if (status && !isStatus(status)) {
        throw refuse.invalid([{ field: 'status', message: `Status must be one of ${invoiceStatuses.join(', ')}.` }]);
      }
      const user = actingUser(request);
      const today = todayIso();
      // Invoices of customers the user may not see are simply absent (never a 404 on a list).
      const invoices = db.tables.invoices
        .all()
        .filter((inv) => !customerId || inv.customer_id === customerId)
        .filter((inv) => canSeeCustomerOf(user, db.tables.contacts.get(inv.customer_id)))
        .sort(byNewestInvoice)
        .map((inv) => invoiceView(inv, today))
        .filter((inv) => !status || inv.status === status);
      return ok('success', { invoices });
    }),
  ),

  http.post(
    `${API}/invoices`,
    api(async ({ request }) => {
      const input = parseOrRefuse(invoiceInputSchema, await readJson(request));
      const user = actingUser(request);
      const today = todayIso();
      const invoice = await db.transact((tx) => {
        const contact = findVisibleContact(db, user, input.customer_id);
        if (contact.status !== 'active') {
          const message = 'Inactive customers cannot receive new transactions. Mark the customer as active first.';
          throw refuse.invalid([{ field: 'customer_id', message }], message);
        }
        const date = input.date ?? today;
        const precision = precisionOf(db, contact.currency_id);
        const currency_code = currencyCodeOf(db, contact.currency_id);
        const { due_date, errors } = resolveDates(date, input.due_date, contact.payment_terms);
        errors.push(...checkLineItems(input.line_items, precision, currency_code).errors);
        if (errors.length) throw refuse.invalid(errors);

        const invoice_number = formatInvoiceNumber(tx.nextId('invoice_number'));
        const record = tx.invoices.put(
          invoiceRecord({
            invoice_id: tx.nextId('invoice'),
            invoice_number,
            customer_id: contact.contact_id,
            date,
            due_date,
            currency_code,
            line_items: input.line_items,
            precision,
            created_time: nowIso(),
          }),
        );
        const total = formatAmount(record.total_minor, precision, currency_code);
        addComment(tx, contact.contact_id, 'invoice_created', `Invoice ${invoice_number} for ${total} created.`, user.name, {
          commented_by_id: user.user_id,
          transaction_id: record.invoice_id,
          transaction_type: 'invoice',
        });
        return record;
      });
      return ok('The invoice has been created.', { invoice: invoiceView(invoice, today) }, 201);
    }),
  ),
];
