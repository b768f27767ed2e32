/** The outcome table: rows refused here (client-side) plus the server's answer per sent row. */
import type { ImportSummary } from '../../api/schemas';
import type { ImportAnswer } from '../../api/queries/contact-import';
import type { BuiltRow } from './row-builder';
import { fileRowText } from './plan-rows';

export type ResultStatus = 'created' | 'updated' | 'overwritten' | 'skipped' | 'invalid';

export interface ResultRow {
  line: number;
  name: string;
  status: ResultStatus;
  message: string;
}

export const invalidRows = (built: BuiltRow[]): ResultRow[] =>
  built.filter((b) => b.errors.length).map((b) => ({ line: b.line, name: b.name, status: 'invalid', message: b.errors.join(' ') }));

/**
 * `sent` are the rows posted, in order: the server's `row` n is `sent[n - 1]`. Rows kept back
 * as invalid count as invalid in the summary too.
 */
export function mergeResults(built: BuiltRow[], sent: BuiltRow[], answer: ImportAnswer): { rows: ResultRow[]; summary: ImportSummary } {
  const local = invalidRows(built);
  const remote: ResultRow[] = answer.results.map((r) => {
    const src = sent[r.row - 1];
    const detail = fileRowText([r.message, ...(r.errors ?? []).map((e) => e.message)].filter((m, i, all) => m && all.indexOf(m) === i).join(' '), sent);
    return { line: src?.line ?? r.row, name: src?.name || r.contact_name, status: r.status, message: detail };
  });
  const rows = [...local, ...remote].sort((a, b) => a.line - b.line);
  return { rows, summary: { ...answer.summary, invalid: answer.summary.invalid + local.length } };
}
