/**
 * Fuzz: invoices, payments and the two mail endpoints (email, statement email), read back
 * through the customer's ledger and outbox. See harness.ts and known-holes.ts.
 */
import fc from 'fast-check';
import { z } from 'zod/mini';
import { invoiceSchema, outboxEmailSchema, paymentSchema } from '../../src/api/schemas';
import { actingUser, bodies, pathId } from './arbitraries';
import { fuzz } from './harness';
import { emailBody, invoice, payment } from './shapes';

fuzz(
  'fuzz: invoices, payments, email',
  [
    {
      name: 'POST /invoices',
      method: 'POST',
      path: fc.constant('/invoices'),
      body: bodies(invoice, (huge) => fc.constant({ customer_id: '2', line_items: [{ name: huge, rate: 1, quantity: 1 }] })),
      success: z.object({ invoice: invoiceSchema }),
      reads: ['lists', 'ledger'],
      runs: 150,
    },
    {
      name: 'POST /customerpayments',
      method: 'POST',
      path: fc.constant('/customerpayments'),
      body: bodies(payment, (huge) => fc.constant({ customer_id: '2', amount: 1, date: huge })),
      success: z.object({ payment: paymentSchema }),
      reads: ['lists', 'ledger'],
      runs: 150,
    },
    {
      name: 'POST /contacts/{id}/email',
      method: 'POST',
      path: pathId('mailable').map((id) => `/contacts/${id}/email`),
      body: bodies(emailBody),
      success: z.object({ email: outboxEmailSchema }),
      reads: ['detail', 'mail'],
      runs: 120,
    },
    {
      name: 'POST /contacts/{id}/statements/email',
      method: 'POST',
      path: pathId('mailable').map((id) => `/contacts/${id}/statements/email`),
      body: bodies(emailBody),
      success: z.object({}),
      reads: ['detail', 'mail'],
      runs: 80,
    },
  ],
  actingUser,
);
