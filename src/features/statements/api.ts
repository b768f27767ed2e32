/**
 * The statement endpoints this feature calls: statements of many customers, the statement
 * email's prefilled content, sending it; plus the org and template data the PDF needs.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { request, requestKey } from '../../api/client';
import { contactKeys } from '../../api/queries/contacts';
import { referenceQueries } from '../../api/queries/reference';
import { outboxKeys } from '../../api/queries/transactions';
import { statementMailContentSchema, statementSchema, type EmailInput, type Statement, type StatementFilter } from '../../api/schemas';
import type { DateRange } from '../../lib/periods';
import { docInput, type LayoutTemplate } from './doc-input';
import type { OrgInfo, StatementDocInput } from '../../lib/pdf/types';

export const statementKeys = {
  all: ['statements'] as const,
  mail: (contactId: string, range: DateRange) => [...statementKeys.all, 'mail', contactId, range] as const,
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

/** What every statement PDF needs besides the statement: the org and the PDF templates. */
export interface PdfContext {
  org: OrgInfo;
  templates: LayoutTemplate[];
}

export async function fetchPdfContext(qc: QueryClient): Promise<PdfContext> {
  const [prefs, templates] = await Promise.all([
    qc.fetchQuery(referenceQueries.preferences()),
    qc.fetchQuery(referenceQueries.templates('pdf', 'statement')),
  ]);
  return { org: { name: prefs.org_name, address: prefs.org_address }, templates };
}

export const toDocInput = (ctx: PdfContext, s: Statement): StatementDocInput => docInput(s, ctx.templates);
