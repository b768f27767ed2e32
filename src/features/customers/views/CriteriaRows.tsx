/**
 * The editor's criteria: rows numbered from 1, each a field, a comparator that fits the field's
 * type, and a value (typed, or chosen for a field with a fixed set of values; none for "is
 * empty", two for "between").
 */
import { useFieldArray, useWatch, type Control, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import { comparatorsByType, type CriteriaComparator } from '../../../api/schemas';
import type { FlatErrors } from '../../../components/forms/form-errors';
import { useT } from '../../../lib/i18n';
import { newCriterion, takesNoValue, takesTwoValues, type ViewDraft } from './view-draft';
import { choicesFor, type ChoiceSources, type ViewField } from './view-fields';
import styles from './ViewEditor.module.css';

interface Props {
  control: Control<ViewDraft>;
  register: UseFormRegister<ViewDraft>;
  setValue: UseFormSetValue<ViewDraft>;
  errors: FlatErrors;
  fields: readonly ViewField[];
  sources: ChoiceSources;
  idPrefix: string;
}

const MAX_ROWS = 20;

export function CriteriaRows({ control, register, setValue, errors, fields, sources, idPrefix }: Props) {
  const t = useT();
  const rows = useFieldArray({ control, name: 'criteria' });
  const values = useWatch({ control, name: 'criteria' });
  const typeOf = (field: string) => fields.find((f) => f.field === field)?.type;

  return (
    <fieldset className={styles.fieldset}>
      <legend>{t('views.criteria')}</legend>
      <ol className={styles.rows}>
        {rows.fields.map((row, i) => {
          const n = i + 1;
          const current = values[i] ?? row;
          const type = typeOf(current.field);
          const comparators = type ? comparatorsByType[type] : [current.comparator];
          const choices = type ? choicesFor(current.field, type, sources, t) : null;
          const at = `${idPrefix}-c${row.id}`;
          const err = (part: string) => errors[`criteria.${i}.${part}`];
          const described = (part: string) => (err(part) ? `${at}-${part}-error` : undefined);
          const fieldReg = register(`criteria.${i}.field`);
          const valueInput = (name: 'value' | 'value2', label: string) => {
            const id = `${at}-${name}`;
            const invalid = name === 'value' && !!err('value');
            const common = { id, 'aria-invalid': invalid, 'aria-describedby': invalid ? described('value') : undefined };
            return (
              <span className={styles.cell}>
                <label htmlFor={id} className="visually-hidden">
                  {label}
                </label>
                {choices ? (
                  <select className="select" {...common} {...register(`criteria.${i}.${name}`)}>
                    <option value="">{t('views.value.choose')}</option>
                    {choices.map((c) => (
                      <option key={c.value} value={c.value}>
                        {c.label}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    className="input"
                    maxLength={200}
                    placeholder={type === 'date' ? 'YYYY-MM-DD' : undefined}
                    inputMode={type === 'number' ? 'decimal' : undefined}
                    {...common}
                    {...register(`criteria.${i}.${name}`)}
                  />
                )}
              </span>
            );
          };
          return (
            <li key={row.id} className={styles.row}>
              <span className={styles.rowNumber} aria-hidden="true">
                {n}
              </span>
              <span className={styles.cell}>
                <label htmlFor={`${at}-field`} className="visually-hidden">
                  {t('views.fieldN', { n })}
                </label>
                <select
                  id={`${at}-field`}
                  className="select"
                  aria-invalid={!!err('field')}
                  aria-describedby={described('field')}
                  {...fieldReg}
                  onChange={(e) => {
                    void fieldReg.onChange(e);
                    const next = typeOf(e.target.value);
                    // Keep the comparator when it fits the new field's type; the value starts over.
                    if (next && !comparatorsByType[next].includes(current.comparator)) {
                      setValue(`criteria.${i}.comparator`, comparatorsByType[next][0]);
                    }
                    setValue(`criteria.${i}.value`, '');
                    setValue(`criteria.${i}.value2`, '');
                  }}
                >
                  {!type && <option value={current.field}>{current.field}</option>}
                  {fields.map((f) => (
                    <option key={f.field} value={f.field}>
                      {f.label}
                    </option>
                  ))}
                </select>
              </span>
              <span className={styles.cell}>
                <label htmlFor={`${at}-comparator`} className="visually-hidden">
                  {t('views.comparatorN', { n })}
                </label>
                <select
                  id={`${at}-comparator`}
                  className="select"
                  aria-invalid={!!err('comparator')}
                  aria-describedby={described('comparator')}
                  {...register(`criteria.${i}.comparator`)}
                >
                  {comparators.map((c: CriteriaComparator) => (
                    <option key={c} value={c}>
                      {t(`views.comparator.${c}`)}
                    </option>
                  ))}
                </select>
              </span>
              {!takesNoValue(current.comparator) && valueInput('value', t('views.valueN', { n }))}
              {takesTwoValues(current.comparator) && valueInput('value2', t('views.valueToN', { n }))}
              <button type="button" className="btn btn-ghost" onClick={() => rows.remove(i)}>
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">{t('views.removeN', { n })}</span>
              </button>
              {(['field', 'comparator', 'value'] as const).map(
                (part) =>
                  err(part) && (
                    <span key={part} id={`${at}-${part}-error`} className={`field-error ${styles.rowError}`}>
                      {t('views.rowError', { n })} {err(part)}
                    </span>
                  ),
              )}
            </li>
          );
        })}
      </ol>
      <div>
        <button type="button" className="btn" disabled={rows.fields.length >= MAX_ROWS} onClick={() => rows.append(newCriterion(fields))}>
          {t('views.addCriterion')}
        </button>
      </div>
    </fieldset>
  );
}
