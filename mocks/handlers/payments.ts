/**
 * Customer payments: list per customer and record one, applying parts of it to invoices.
 * Whatever is not applied becomes the customer's unused credit.
 */
import { http, type HttpHandler } from 'msw';
import { paymentInputSchema } from '../../src/api/schemas';
import { db } from '../runtime';
import type { PaymentRecord } from '../db/types';
import { paymentRecord } from '../db/builders';
import { addComment } from '../rules/comments';
import { currencyCodeOf, precisionOf } from '../rules/contact-view';
import { isValidIsoDate, nowIso, todayIso } from '../rules/dates';
import { precisionForCode } from '../rules/invoice-status';
import { byNewestPayment, planPayment, toPayment } from '../rules/payments';
import { formatAmount } from '../rules/money';
import { canSeeCustomerOf, findVisibleContact } from '../rules/visible-contact';
import { parseOrRefuse, refuse } from '../rules/failure';
import { API, actingUser, api, ok, query, readJson } from './http';

function paymentView(p: PaymentRecord) {
  return toPayment(p, {
    customerName: db.tables.contacts.get(p.customer_id)?.contact_name ?? '',
    precision: precisionForCode(db.tables.currencies.all(), p.currency_code),
  });
}

export const paymentHandlers: HttpHandler[] = [
  http.get(
    `${API}/customerpayments`,
    api(({ request }) => {
      const customerId = query(request).get('customer_id') ?? '';
      const user = actingUser(request);
      const customerpayments = db.tables.payments
        .all()
        .filter((p) => !customerId || p.customer_id === customerId)
        .filter((p) => canSeeCustomerOf(user, db.tables.contacts.get(p.customer_id)))
        .sort(byNewestPayment)
        .map(paymentView);
      return ok('success', { customerpayments });
    }),
  ),

  http.post(
    `${API}/customerpayments`,
    api(async ({ request }) => {
      const input = parseOrRefuse(paymentInputSchema, await readJson(request));
      const user = actingUser(request);
      const payment = await db.transact((tx) => {
        const contact = findVisibleContact(db, user, input.customer_id);
        if (contact.status !== 'active') {
          const message = 'Inactive customers cannot receive new transactions. Mark the customer as active first.';
          throw refuse.invalid([{ field: 'customer_id', message }], message);
        }
        const date = input.date ?? todayIso();
        if (!isValidIsoDate(date)) throw refuse.invalid([{ field: 'date', message: 'Enter a valid date (YYYY-MM-DD).' }]);

        const precision = precisionOf(db, contact.currency_id);
        const currency_code = currencyCodeOf(db, contact.currency_id);
        const plan = planPayment({
          customerId: contact.contact_id,
          amount: input.amount,
          applications: input.invoices,
          precision,
          currencyCode: currency_code,
          findInvoice: (id) => tx.invoices.get(id),
        });
        if (plan.errors.length) throw refuse.invalid(plan.errors);

        for (const a of plan.applications) {
          tx.invoices.put({ ...a.invoice, balance_minor: a.invoice.balance_minor - a.amount_applied_minor });
        }
        if (plan.unused_minor > 0) {
          // Credits are a running figure, not something the user edits: last_modified_time is
          // left alone so an open edit form does not fail its stale-write check (3010).
          tx.contacts.put({ ...contact, unused_credits_minor: contact.unused_credits_minor + plan.unused_minor });
        }
        const payment_id = tx.nextId('payment');
        const record = tx.payments.put(
          paymentRecord({
            payment_id,
            payment_number: tx.nextId('payment_number'),
            customer_id: contact.contact_id,
            date,
            amount_minor: plan.amount_minor,
            currency_code,
            invoices: plan.applications.map((a) => ({
              invoice_id: a.invoice.invoice_id,
              amount_applied_minor: a.amount_applied_minor,
            })),
            created_time: nowIso(),
          }),
        );
        const applied = plan.applications.map((a) => a.invoice.invoice_number);
        const description =
          `Payment ${record.payment_number} of ${formatAmount(plan.amount_minor, precision, currency_code)} recorded` +
          (applied.length ? ` for ${applied.join(', ')}` : '') +
          (plan.unused_minor > 0 ? `; ${formatAmount(plan.unused_minor, precision, currency_code)} kept as credit.` : '.');
        addComment(tx, contact.contact_id, 'payment_recorded', description, user.name, {
          commented_by_id: user.user_id,
          transaction_id: record.payment_id,
          transaction_type: 'customer_payment',
        });
        return record;
      });
      return ok('The payment has been recorded.', { payment: paymentView(payment) }, 201);
    }),
  ),
];
