/** Pure helpers over the per-customer results of POST /contacts/bulk. */
import type { BulkResult } from '../../../api/schemas';

export type BulkActionId = 'update' | 'assign_owner' | 'enable_portal' | 'mark_active' | 'mark_inactive' | 'delete';

export interface ResultSummary {
  ok: number;
  skipped: number;
  failed: number;
  total: number;
  /** Customers the call changed (status ok): what an Undo must touch, and nothing else. */
  changedIds: string[];
  /** Customers the call could not handle: kept selected for a retry. */
  failedIds: string[];
}

export function summarise(results: readonly BulkResult[]): ResultSummary {
  const s: ResultSummary = { ok: 0, skipped: 0, failed: 0, total: results.length, changedIds: [], failedIds: [] };
  for (const r of results) {
    s[r.status]++;
    if (r.status === 'ok') s.changedIds.push(r.contact_id);
    if (r.status === 'failed') s.failedIds.push(r.contact_id);
  }
  return s;
}

/** The parts of a summary sentence, e.g. "3 updated", "1 skipped"; zero counts are left out. */
export interface SummaryPart {
  status: BulkResult['status'];
  count: number;
}

export function summaryParts(s: ResultSummary): SummaryPart[] {
  const parts: SummaryPart[] = [
    { status: 'ok', count: s.ok },
    { status: 'skipped', count: s.skipped },
    { status: 'failed', count: s.failed },
  ];
  const shown = parts.filter((p) => p.count > 0);
  return shown.length ? shown : [{ status: 'ok', count: 0 }];
}

const rank: Record<BulkResult['status'], number> = { failed: 0, skipped: 1, ok: 2 };

/**
 * The rows worth showing first: failures, then skips, then successes (stable within each), at
 * most `limit` of them, since a select-all can return 100,000 results.
 */
export function resultsToShow(results: readonly BulkResult[], limit: number): BulkResult[] {
  return results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank[a.r.status] - rank[b.r.status] || a.i - b.i)
    .slice(0, limit)
    .map(({ r }) => r);
}
