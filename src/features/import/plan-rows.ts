/**
 * The Preview table's rows: each file row with what the import will do (the server's dry run,
 * or the row's own errors found here), and the cells a user fixes inline (edits replace the
 * file's cells before the rows are built, so the fixed values are what is imported).
 */
import type { ImportMapping, ImportPlanAction, ImportPlanRow } from '../../api/schemas';
import { normalizeHeader, type ImportFieldKey } from './import-fields';
import type { ParsedTable } from './parse-table';
import type { BuiltRow } from './row-builder';

/** Cell texts typed in the preview: file line → column index → text. */
export type Edits = Readonly<Record<number, Readonly<Record<number, string>>>>;

export function applyEdits(table: ParsedTable, edits: Edits): ParsedTable {
  if (Object.keys(edits).length === 0) return table;
  return {
    ...table,
    rows: table.rows.map((r) => {
      const e = edits[r.line];
      if (!e) return r;
      const cells = [...r.cells];
      for (const [col, text] of Object.entries(e)) cells[Number(col)] = text;
      return { ...r, cells };
    }),
  };
}

export function withEdit(edits: Edits, line: number, col: number, text: string): Edits {
  return { ...edits, [line]: { ...edits[line], [col]: text } };
}

/** The server numbers the rows it was sent; say which row of the file that is. */
export function fileRowText(message: string, sent: readonly BuiltRow[]): string {
  return message.replace(/\brow (\d+) of the file\b/g, (m, n: string) => (sent[Number(n) - 1] ? `row ${sent[Number(n) - 1].line} of the file` : m));
}

/** The dry run's answer by file line (its reasons in file rows too). */
export function planByLine(plan: readonly ImportPlanRow[], sent: readonly BuiltRow[]): Map<number, ImportPlanRow> {
  const out = new Map<number, ImportPlanRow>();
  for (const p of plan) {
    const src = sent[p.row - 1];
    if (src) out.set(src.line, { ...p, reasons: p.reasons.map((r) => fileRowText(r, sent)) });
  }
  return out;
}

export interface PreviewRow {
  line: number;
  /** `pending` until a dry run has answered for the row as it is now. */
  action: ImportPlanAction | 'pending';
  reasons: string[];
  /** Invalid now, or fixed in the preview already (so its boxes stay while it is being fixed). */
  editable: boolean;
}

export function previewRows(built: readonly BuiltRow[], plan: ReadonlyMap<number, ImportPlanRow> | null, edits: Edits): PreviewRow[] {
  return built.map((b) => {
    const edited = edits[b.line] !== undefined;
    if (b.errors.length) return { line: b.line, action: 'invalid', reasons: b.errors, editable: true };
    const p = plan?.get(b.line);
    if (!p) return { line: b.line, action: 'pending', reasons: [], editable: edited };
    return { line: b.line, action: p.action, reasons: p.reasons, editable: edited || p.action === 'invalid' };
  });
}

/** Counts per action, for the line above the table. */
export function actionCounts(rows: readonly PreviewRow[]): Record<ImportPlanAction, number> {
  const counts = { create: 0, update: 0, overwrite: 0, skip: 0, invalid: 0 };
  for (const r of rows) if (r.action !== 'pending') counts[r.action]++;
  return counts;
}

/**
 * A saved mapping applied to a new file's headers: a header the user mapped before takes the
 * field they chose (if it still exists), others keep the automatic match; each field once.
 */
export function prefillMapping(
  headers: readonly string[],
  auto: readonly (ImportFieldKey | null)[],
  saved: ImportMapping['columns'],
  known: ReadonlySet<string>,
): (ImportFieldKey | null)[] {
  const byHeader = new Map(saved.map((c) => [normalizeHeader(c.header), c.field]));
  const chosen = headers.map((h, i) => {
    const n = normalizeHeader(h);
    if (!byHeader.has(n)) return auto[i] ?? null;
    const f = byHeader.get(n);
    return f && known.has(f) ? (f as ImportFieldKey) : null;
  });
  const used = new Set<ImportFieldKey>();
  return chosen.map((k) => {
    if (!k || used.has(k)) return null;
    used.add(k);
    return k;
  });
}

/** What PUT /settings/importmappings takes for this file (headers bounded as the contract says). */
export function savedColumns(headers: readonly string[], mapping: readonly (ImportFieldKey | null)[]): ImportMapping['columns'] {
  return headers
    .map((h, i) => ({ header: h.trim().slice(0, 200), field: mapping[i] ?? null }))
    .filter((c) => c.header !== '')
    .slice(0, 300);
}
