/**
 * Statements of many customers (GET /contacts/statements), the statement email's prefilled
 * content and sending it (/contacts/{id}/statements/email). One customer's statement on its
 * tab is `transactionQueries.statement`.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request, requestKey } from '../client';
import { statementMailContentSchema, statementSchema, type EmailInput, type ListFilter, type Statement, type StatementFilter } from '../schemas';
import type { DateRange } from '../../lib/periods';
import { contactKeys } from './contacts';
import { outboxKeys } from './transactions';

/** The customers a bulk statement action covers: ticked ids, or a list's view and search. */
export type StatementTargetScope = string[] | { filter_by: ListFilter; search_text: string; customview_id?: string };

export const statementKeys = {
  all: ['statements'] as const,
  mail: (contactId: string, range: DateRange) => [...statementKeys.all, 'mail', contactId, range] as const,
  targets: (scope: StatementTargetScope) => [...statementKeys.all, 'targets', scope] as const,
};

export const statementQueries = {
  mail: (contactId: string, range: DateRange) =>
    queryOptions({
      queryKey: statementKeys.mail(contactId, range),
      queryFn: ({ signal }) =>
        requestKey(`/contacts/${contactId}/statements/email`, 'data', statementMailContentSchema, {
          signal,
          query: { start_date: range.start, end_date: range.end },
        }),
      staleTime: 30_000,
    }),
};

/** Statements of up to 25 customers in one request (the API refuses more with 3006). */
export function fetchStatements(ids: string[], range: DateRange, filter: StatementFilter, signal?: AbortSignal): Promise<Statement[]> {
  return requestKey('/contacts/statements', 'statements', z.array(statementSchema), {
    signal,
    query: { contact_ids: ids.join(','), start_date: range.start, end_date: range.end, filter },
  });
}

export async function sendStatementEmail(contactId: string, body: EmailInput, signal?: AbortSignal): Promise<string> {
  const env = await request(`/contacts/${contactId}/statements/email`, { method: 'POST', body, signal });
  return env.message;
}

/** After sending: the outbox and the customers' history (Mails, History tabs) changed. */
export function invalidateAfterSend(qc: QueryClient, contactIds: string[]): void {
  void qc.invalidateQueries({ queryKey: outboxKeys.all });
  for (const id of contactIds) void qc.invalidateQueries({ queryKey: contactKeys.comments(id) });
}
