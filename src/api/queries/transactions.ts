/** Invoices, payments, statements and sent mail of a customer. */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { requestKey } from '../client';
import { invoiceSchema, outboxEmailSchema, paymentSchema, statementSchema, type StatementFilter } from '../schemas';

export interface StatementParams {
  start_date: string;
  end_date: string;
  filter: StatementFilter;
}

export const transactionKeys = {
  all: ['transactions'] as const,
  invoices: (customerId: string) => [...transactionKeys.all, 'invoices', customerId] as const,
  payments: (customerId: string) => [...transactionKeys.all, 'payments', customerId] as const,
  statement: (customerId: string, p: StatementParams) => [...transactionKeys.all, 'statement', customerId, p] as const,
};

export const outboxKeys = {
  all: ['outbox'] as const,
  list: (contactId?: string) => [...outboxKeys.all, 'list', contactId ?? 'all'] as const,
  detail: (id: string) => [...outboxKeys.all, 'detail', id] as const,
};

export const transactionQueries = {
  invoices: (customerId: string) =>
    queryOptions({
      queryKey: transactionKeys.invoices(customerId),
      queryFn: ({ signal }) => requestKey('/invoices', 'invoices', z.array(invoiceSchema), { signal, query: { customer_id: customerId } }),
    }),
  payments: (customerId: string) =>
    queryOptions({
      queryKey: transactionKeys.payments(customerId),
      queryFn: ({ signal }) => requestKey('/customerpayments', 'customerpayments', z.array(paymentSchema), { signal, query: { customer_id: customerId } }),
    }),
  statement: (customerId: string, p: StatementParams) =>
    queryOptions({
      queryKey: transactionKeys.statement(customerId, p),
      queryFn: ({ signal }) => requestKey(`/contacts/${customerId}/statement`, 'statement', statementSchema, { signal, query: { ...p } }),
    }),
};

export const outboxQueries = {
  list: (contactId?: string) =>
    queryOptions({
      queryKey: outboxKeys.list(contactId),
      queryFn: ({ signal }) => requestKey('/outbox', 'emails', z.array(outboxEmailSchema), { signal, query: { contact_id: contactId } }),
    }),
};
