/** Step 3: which field each column goes to (auto-matched by header, changeable). */
import { formatNumber } from '../../lib/format';
import { useLocaleStore, useT } from '../../lib/i18n';
import type { ImportField, ImportFieldKey } from './import-fields';
import { cellText } from './row-builder';
import type { ParsedTable } from './parse-table';
import type { PersonSheet } from './person-sheet';
import styles from './Import.module.css';

interface Props {
  table: ParsedTable;
  fields: ImportField[];
  mapping: (ImportFieldKey | null)[];
  labelOf: (key: ImportFieldKey) => string;
  onChange: (mapping: (ImportFieldKey | null)[]) => void;
  persons: PersonSheet | null;
  withPersons: boolean;
  onWithPersons: (v: boolean) => void;
}

const SAMPLE_ROWS = 5;

export function MappingStep({ table, fields, mapping, labelOf, onChange, persons, withPersons, onWithPersons }: Props) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const sampleOf = (col: number) =>
    table.rows
      .slice(0, SAMPLE_ROWS)
      .map((r) => cellText(r.cells[col] ?? null))
      .find((v) => v.trim() !== '') ?? '';
  const set = (col: number, key: ImportFieldKey | null) => onChange(mapping.map((k, i) => (i === col ? key : k === key && key !== null ? null : k)));
  return (
    <>
      <p className="field-hint">{t('import.mapping.hint', { count: formatNumber(table.rows.length, locale) })}</p>
      <div className={styles.scroll}>
        <table className={styles.table} aria-label={t('import.mapping.table')}>
          <thead>
            <tr>
              <th scope="col">{t('import.mapping.column')}</th>
              <th scope="col">{t('import.mapping.sample')}</th>
              <th scope="col">{t('import.mapping.field')}</th>
            </tr>
          </thead>
          <tbody>
            {table.headers.map((h, col) => (
              <tr key={`${col}-${h}`}>
                <th scope="row">{h}</th>
                <td className={styles.sample} title={sampleOf(col)}>
                  {sampleOf(col)}
                </td>
                <td>
                  <select
                    className="select"
                    aria-label={t('import.mapping.fieldFor', { column: h })}
                    value={mapping[col] ?? ''}
                    onChange={(e) => set(col, (e.target.value || null) as ImportFieldKey | null)}
                  >
                    <option value="">{t('import.mapping.skip')}</option>
                    {fields.map((f) => (
                      <option key={f.key} value={f.key}>
                        {labelOf(f.key)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {persons && (
        <div>
          <label className="choice">
            <input type="checkbox" checked={withPersons} onChange={(e) => onWithPersons(e.target.checked)} aria-describedby="import-persons-hint" />
            <span>{t('import.persons.use', { count: formatNumber(persons.count, locale), sheet: persons.name })}</span>
          </label>
          <p id="import-persons-hint" className="field-hint">
            {t('import.persons.hint')}
          </p>
        </div>
      )}
    </>
  );
}
