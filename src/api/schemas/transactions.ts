import { z } from 'zod/mini';
import { MAX_MONEY, MAX_QUANTITY } from '../limits';
import { numberMessages } from '../money';
import { dateSchema, idSchema } from './common';
import { nameText } from './text';

/**
 * Bounds a schema can check alone (api.md "Limits"); the currency's precision depends on the
 * customer, so the API checks it with `moneyProblem` (src/api/money.ts) once it knows whose.
 */
const boundedMoney = () => z.lt(MAX_MONEY, numberMessages.money);
/** What the document says of every money input beside its bounds. */
const moneyRules = () =>
  z.describe(
    `Money in the currency's major unit: finite, |x| < ${MAX_MONEY.toExponential()}, at most the currency's precision (JPY 0, USD 2); more decimals are 1001, never rounded.`,
  );

export const invoiceStatuses = ['sent', 'overdue', 'partially_paid', 'paid'] as const;
/** A line item as the API answers it: plain, so a line stored before the input rules still reads. */
export const lineItemSchema = z.object({
  name: z.string(),
  rate: z.number(),
  quantity: z.number(),
});
export type LineItem = z.infer<typeof lineItemSchema>;

/** A line item as POST /invoices takes it (api.md "Limits"). */
export const lineItemInputSchema = z.object({
  name: nameText({ label: 'Item name', max: 200, required: 'Item name is required.' }),
  rate: z.number().check(z.minimum(0), boundedMoney(), moneyRules()),
  quantity: z.number().check(z.positive(), z.lte(MAX_QUANTITY, numberMessages.quantityMax)),
});

export const invoiceSchema = z.object({
  invoice_id: idSchema,
  invoice_number: z.string(),
  customer_id: idSchema,
  customer_name: z.string(),
  date: dateSchema,
  due_date: dateSchema,
  currency_code: z.string(),
  line_items: z.array(lineItemSchema),
  total: z.number(),
  balance: z.number(),
  status: z.enum(invoiceStatuses),
});
export type Invoice = z.infer<typeof invoiceSchema>;

export const invoiceInputSchema = z.object({
  customer_id: idSchema,
  date: z.optional(dateSchema),
  due_date: z.optional(dateSchema),
  line_items: z.array(lineItemInputSchema).check(z.minLength(1, 'Add at least one line item.')),
});
export type InvoiceInput = z.input<typeof invoiceInputSchema>;

export const paymentSchema = z.object({
  payment_id: idSchema,
  payment_number: z.string(),
  customer_id: idSchema,
  customer_name: z.optional(z.string()),
  date: dateSchema,
  amount: z.number(),
  currency_code: z.optional(z.string()),
  invoices: z.array(z.object({ invoice_id: idSchema, amount_applied: z.number() })),
});
export type Payment = z.infer<typeof paymentSchema>;

export const paymentInputSchema = z.object({
  customer_id: idSchema,
  amount: z.number().check(z.positive('Amount must be more than zero.'), boundedMoney(), moneyRules()),
  date: z.optional(dateSchema),
  invoices: z._default(z.array(z.object({ invoice_id: idSchema, amount_applied: z.number().check(z.positive(), boundedMoney(), moneyRules()) })), []),
});
export type PaymentInput = z.input<typeof paymentInputSchema>;

export const statementFilters = ['all', 'outstanding'] as const;
export const statementLineSchema = z.object({
  date: dateSchema,
  type: z.enum(['opening', 'invoice', 'payment']),
  number: z.string(),
  details: z.string(),
  amount: z.number(),
  payment: z.number(),
  balance: z.number(),
  due_date: z.optional(z.string()),
});
export type StatementLine = z.infer<typeof statementLineSchema>;

export const statementSchema = z.object({
  contact_id: idSchema,
  contact_name: z.string(),
  currency_code: z.string(),
  start_date: dateSchema,
  end_date: dateSchema,
  filter: z.enum(statementFilters),
  opening_balance: z.number(),
  lines: z.array(statementLineSchema),
  invoiced: z.number(),
  received: z.number(),
  balance_due: z.number(),
  template_id: z.string(),
  billing_address: z.optional(z.record(z.string(), z.string())),
});
export type Statement = z.infer<typeof statementSchema>;
export type StatementFilter = Statement['filter'];
