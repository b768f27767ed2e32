/**
 * What a merge will do, computed from each customer's facts before asking (pure, unit-tested):
 * which currencies differ (the API refuses those with 3003), whether the master is inactive
 * (3008), and how many invoices, payments and emails move to the master.
 */

export interface CandidateFacts {
  id: string;
  name: string;
  email: string;
  currencyId: string;
  currencyCode: string;
  receivable: number;
  invoices: number;
  payments: number;
  emails: number;
  portal: boolean;
  /** Already merged into another customer (the API refuses to merge it again). */
  mergedInto: string;
  /** Inactive: it may be merged away, but never be the master (the API refuses with 3008). */
  inactive?: boolean;
}

export interface CurrencyCount {
  code: string;
  count: number;
}

/** The currencies in play, most common first; more than one means the merge is refused. */
export function currencyMix(candidates: readonly CandidateFacts[]): CurrencyCount[] {
  const counts = new Map<string, CurrencyCount>();
  for (const c of candidates) {
    const hit = counts.get(c.currencyId);
    if (hit) hit.count++;
    else counts.set(c.currencyId, { code: c.currencyCode, count: 1 });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

export interface MergeImpact {
  master: CandidateFacts;
  others: CandidateFacts[];
  invoices: number;
  payments: number;
  emails: number;
}

/** Everything the others own moves to the master; the master's own records stay put. */
export function mergeImpact(candidates: readonly CandidateFacts[], masterId: string): MergeImpact | null {
  const master = candidates.find((c) => c.id === masterId);
  if (!master) return null;
  const others = candidates.filter((c) => c.id !== masterId);
  const sum = (k: 'invoices' | 'payments' | 'emails') => others.reduce((n, c) => n + c[k], 0);
  return { master, others, invoices: sum('invoices'), payments: sum('payments'), emails: sum('emails') };
}

export type MergeBlock =
  { kind: 'mixed'; currencies: CurrencyCount[] } | { kind: 'merged'; names: string[] } | { kind: 'tooFew' } | { kind: 'masterInactive'; name: string };

/** Why these customers cannot be merged as they are (into `masterId`, when given), or null. */
export function mergeBlock(candidates: readonly CandidateFacts[], masterId?: string): MergeBlock | null {
  if (candidates.length < 2) return { kind: 'tooFew' };
  const merged = candidates.filter((c) => c.mergedInto);
  if (merged.length) return { kind: 'merged', names: merged.map((c) => c.name) };
  const currencies = currencyMix(candidates);
  if (currencies.length > 1) return { kind: 'mixed', currencies };
  const master = candidates.find((c) => c.id === masterId);
  return master?.inactive ? { kind: 'masterInactive', name: master.name } : null;
}

/** The master offered first: the first active candidate (an inactive one cannot be master). */
export function defaultMasterId(candidates: readonly CandidateFacts[]): string | undefined {
  return (candidates.find((c) => !c.inactive) ?? candidates[0])?.id;
}
