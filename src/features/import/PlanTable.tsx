/**
 * The dry run's Preview: a row per file row with its mapped cells, the Action ("Create",
 * "Update", "Overwrite", "Skip", "Invalid: <reason>") and why. An invalid row's cells are
 * text boxes ("<Column> row <N>"); a change is checked again (the wizard re-runs the dry run).
 */
import { formatNumber } from '../../lib/format';
import { useLocaleStore, useT } from '../../lib/i18n';
import { actionCounts, type PreviewRow } from './plan-rows';
import { cellText } from './row-builder';
import type { ParsedTable } from './parse-table';
import type { DryRun } from './use-dry-run';
import styles from './Import.module.css';

/** More than this many rows are summarised, not drawn; invalid rows are drawn anyway (up to as many again). */
const MAX_SHOWN = 200;

interface Props {
  /** The file with the edits applied. */
  table: ParsedTable;
  /** The mapped columns, in file order. */
  columns: { col: number; header: string }[];
  rows: PreviewRow[];
  dryRun: DryRun;
  onEdit: (line: number, col: number, text: string) => void;
}

export function PlanTable({ table, columns, rows, dryRun, onEdit }: Props) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const cellsByLine = new Map(table.rows.map((r) => [r.line, r.cells]));
  const firstRows = rows.slice(0, MAX_SHOWN);
  const laterInvalid = rows
    .slice(MAX_SHOWN)
    .filter((r) => r.editable)
    .slice(0, MAX_SHOWN);
  const shown = [...firstRows, ...laterInvalid];
  const counts = actionCounts(rows);
  const n = (v: number) => formatNumber(v, locale);

  const actionText = (r: PreviewRow) =>
    r.action === 'pending'
      ? t('import.plan.pending')
      : r.action === 'invalid'
        ? t('import.plan.invalid', { reason: r.reasons.join(' ') })
        : t(`import.plan.${r.action}`);

  return (
    <>
      <p className="field-hint">{t('import.plan.hint')}</p>
      <p role="status">
        {dryRun.checking
          ? t('import.plan.checking')
          : t('import.plan.counts', {
              create: n(counts.create),
              update: n(counts.update),
              overwrite: n(counts.overwrite),
              skip: n(counts.skip),
              invalid: n(counts.invalid),
            })}
      </p>
      {dryRun.error && (
        <div className={`${styles.alert} ${styles.actions}`} role="alert">
          <span>{t('import.plan.failed', { message: dryRun.error })}</span>
          <button type="button" className="btn" onClick={dryRun.retry}>
            {t('import.plan.retry')}
          </button>
        </div>
      )}
      <div className={styles.scroll} role="region" aria-label={t('import.plan.table')} tabIndex={0}>
        <table className={styles.table} aria-label={t('import.plan.table')} aria-busy={dryRun.checking || undefined}>
          <thead>
            <tr>
              <th scope="col">{t('import.col.row')}</th>
              {columns.map((c) => (
                <th key={c.col} scope="col">
                  {c.header}
                </th>
              ))}
              <th scope="col">{t('import.plan.action')}</th>
              <th scope="col">{t('import.plan.why')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => {
              const cells = cellsByLine.get(r.line) ?? [];
              return (
                <tr key={r.line} className={r.action === 'invalid' ? styles.invalidRow : undefined}>
                  <td className="num">{r.line}</td>
                  {columns.map((c) => {
                    const text = cellText(cells[c.col] ?? null);
                    return (
                      <td key={c.col}>
                        {r.editable ? (
                          <input
                            className={`input ${styles.cellInput}`}
                            aria-label={t('import.plan.cell', { column: c.header, row: String(r.line) })}
                            value={text}
                            onChange={(e) => onEdit(r.line, c.col, e.target.value)}
                          />
                        ) : (
                          text
                        )}
                      </td>
                    );
                  })}
                  <td>{actionText(r)}</td>
                  <td>{r.action === 'invalid' ? '' : r.reasons.join(' ')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length > shown.length && <p className="field-hint">{t('import.moreRows', { shown: n(shown.length), total: n(rows.length) })}</p>}
    </>
  );
}
