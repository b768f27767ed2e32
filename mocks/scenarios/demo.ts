/**
 * The demo scenario: 40 hand-written customers that together show every state the module has
 * (views, duplicates, merge, overdue, credits, owners, portal, reminders, templates, outbox).
 * Names and states are fixed, so tests can rely on ids; the seed varies only the incidental
 * details (quantities, phone numbers, times, limits). All dates are relative to the anchor
 * date, so the overdue and not-yet-due invoices are so whenever the demo is generated.
 * `japanese` gives the same shape with mostly Japanese customers, JPY and language 'ja'.
 */
import type { Dataset } from '../db/types';
import type { ScenarioOptions } from './index';
import { CUSTOMERS_A } from './demo-customers-a';
import { CUSTOMERS_B } from './demo-customers-b';
import { EMAILS, INVOICES, PAYMENTS } from './demo-transactions';
import { demoContact, resolveCustomer } from './demo-contacts';
import { buildLedger } from './demo-ledger';
import { buildEmails, buildHistory } from './demo-history';
import { createRng } from './rng';
import { demoViews } from './demo-views';

export const DEMO_CUSTOMERS = [...CUSTOMERS_A, ...CUSTOMERS_B];

export function buildDemo(base: Dataset, opts: ScenarioOptions, japanese: boolean): Dataset {
  const rng = createRng(opts.seed);
  const anchor = opts.anchorDate;
  const resolved = DEMO_CUSTOMERS.map((spec) => resolveCustomer(spec, japanese));

  let personSeq = base.counters.contact_person ?? 0;
  const termsLabel = (days: number) => base.paymentTerms.find((t) => t.payment_terms === days)?.payment_terms_label ?? `Net ${days}`;
  const contacts = resolved.map((r) => demoContact(r, { rng, anchor, termsLabel, nextPersonId: () => String(++personSeq) }));
  const contactsById = new Map(contacts.map((c) => [c.contact_id, c]));

  const precisionByCode = new Map(base.currencies.map((c) => [c.currency_code, c.price_precision]));
  const ledger = buildLedger(
    {
      rng,
      anchor,
      customers: new Map(resolved.map((r) => [r.spec.id, r])),
      contacts: contactsById,
      precision: (code) => precisionByCode.get(code) ?? 2,
    },
    INVOICES,
    PAYMENTS,
  );
  const emails = buildEmails(EMAILS, contactsById, rng, anchor);
  const userName = (id: string) => base.users.find((u) => u.user_id === id)?.name ?? '';
  const comments = buildHistory({ rng, anchor, contacts, ledger, emails, userName });

  const count = (n: number, key: string) => Math.max(n, base.counters[key] ?? 0);
  const maxContactId = contacts.reduce((m, c) => Math.max(m, Number(c.contact_id)), 0);
  return {
    ...base,
    contacts,
    invoices: ledger.invoices,
    payments: ledger.payments,
    comments,
    emails,
    customViews: demoViews(anchor),
    // New records continue after the highest generated id.
    counters: {
      ...base.counters,
      contact: count(maxContactId, 'contact'),
      contact_person: count(personSeq, 'contact_person'),
      invoice: count(ledger.invoices.length, 'invoice'),
      invoice_number: count(ledger.invoices.length, 'invoice_number'),
      payment: count(ledger.payments.length, 'payment'),
      payment_number: count(ledger.payments.length, 'payment_number'),
      comment: count(comments.length, 'comment'),
      email: count(emails.length, 'email'),
      template: count(base.templates.length, 'template'),
      customview: count(2, 'customview'),
    },
  };
}
