/** The editor's columns: a checkbox per field (named as the column), moved up or down to order them. */
import { useFieldArray, type Control, type UseFormRegister } from 'react-hook-form';
import { useT } from '../../../lib/i18n';
import type { ViewDraft } from './view-draft';
import styles from './ViewEditor.module.css';

interface Props {
  control: Control<ViewDraft>;
  register: UseFormRegister<ViewDraft>;
  error?: string;
  /** The columns the list can show, named as its headers. */
  fields: readonly { field: string; label: string }[];
  idPrefix: string;
}

export function ColumnsGroup({ control, register, error, fields, idPrefix }: Props) {
  const t = useT();
  const columns = useFieldArray({ control, name: 'columns' });
  const labelOf = (field: string) => fields.find((f) => f.field === field)?.label ?? field;
  const headingId = `${idPrefix}-columns`;
  const errorId = `${idPrefix}-columns-error`;
  return (
    <div role="group" aria-labelledby={headingId} aria-describedby={error ? errorId : undefined} className={styles.fieldset}>
      <span id={headingId} className={styles.legend}>
        {t('views.columns')}
      </span>
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
      <ol className={styles.columns}>
        {columns.fields.map((c, i) => {
          const label = labelOf(c.field);
          const id = `${idPrefix}-col-${c.id}`;
          return (
            <li key={c.id} className={styles.column}>
              <input id={id} type="checkbox" {...register(`columns.${i}.shown`)} />
              <label htmlFor={id}>{label}</label>
              <span className={styles.moves}>
                <button
                  type="button"
                  className="btn btn-ghost"
                  aria-label={t('views.moveUp', { column: label })}
                  disabled={i === 0}
                  onClick={() => columns.move(i, i - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="btn btn-ghost"
                  aria-label={t('views.moveDown', { column: label })}
                  disabled={i === columns.fields.length - 1}
                  onClick={() => columns.move(i, i + 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
