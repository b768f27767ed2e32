/**
 * Each merge candidate's facts: its details (currency, receivables, portal), its invoices and
 * payments (GET /invoices and /customerpayments) and its sent emails (GET /outbox).
 */
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { contactQueries } from '../../../api/queries/contacts';
import { outboxQueries, transactionQueries } from '../../../api/queries/transactions';
import type { CandidateFacts } from './merge-impact';

export interface CandidateFactsState {
  facts: CandidateFacts[];
  pending: boolean;
  error: Error | null;
}

interface Combined<T> {
  data: (T | undefined)[];
  pending: boolean;
  error: Error | null;
}

function combine<T>(results: UseQueryResult<T>[]): Combined<T> {
  return {
    data: results.map((r) => r.data),
    pending: results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error ?? null,
  };
}

const count = (list: readonly unknown[] | undefined) => list?.length ?? 0;

export function useCandidateFacts(ids: readonly string[]): CandidateFactsState {
  const details = useQueries({ queries: ids.map((id) => contactQueries.detail(id)), combine });
  const invoices = useQueries({ queries: ids.map((id) => transactionQueries.invoices(id)), combine });
  const payments = useQueries({ queries: ids.map((id) => transactionQueries.payments(id)), combine });
  const emails = useQueries({ queries: ids.map((id) => outboxQueries.list(id)), combine });
  const all = [details, invoices, payments, emails];
  const pending = all.some((q) => q.pending);
  const facts: CandidateFacts[] = [];
  ids.forEach((id, i) => {
    const c = details.data[i];
    if (!c) return;
    facts.push({
      id,
      name: c.contact_name,
      email: c.email,
      currencyId: c.currency_id,
      currencyCode: c.currency_code,
      receivable: c.outstanding_receivable_amount,
      invoices: count(invoices.data[i]),
      payments: count(payments.data[i]),
      emails: count(emails.data[i]),
      portal: c.is_portal_enabled,
      mergedInto: c.merged_into_contact_id,
      inactive: c.status === 'inactive',
    });
  });
  return { facts, pending, error: all.find((q) => q.error)?.error ?? null };
}
