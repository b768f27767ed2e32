/**
 * The designer's scripted faults: one row per rule (method, path glob, status, times, and
 * optionally after how many written records it fails inside the write), kept in the settings
 * form with useFieldArray and saved with the other settings.
 */
import { useFieldArray, type Control, type UseFormRegister } from 'react-hook-form';
import { FAULT_LIMITS, FAULT_METHODS } from '../../api/schemas';
import type { FlatErrors } from '../../components/forms/form-errors';
import { SelectField, TextField } from '../../components/ui/Fields';
import { useT } from '../../lib/i18n';
import { blankFault, type FaultRow, type SettingsValues } from './fault-values';
import styles from './FaultRows.module.css';

interface Props {
  control: Control<SettingsValues>;
  register: UseFormRegister<SettingsValues>;
  errors: FlatErrors;
  disabled: boolean;
}

export function FaultRows({ control, register, errors, disabled }: Props) {
  const t = useT();
  const { fields, append, remove } = useFieldArray({ control, name: 'faults' });
  const full = fields.length >= FAULT_LIMITS.rules;
  return (
    <fieldset className={styles.faults} aria-describedby="designer-faults-hint">
      <legend>{t('designer.faults')}</legend>
      <p id="designer-faults-hint" className="field-hint">
        {t('designer.faultsHint')}
      </p>
      {fields.map((f, i) => {
        const id = (name: string) => `designer-fault-${i}-${name}`;
        const error = (name: keyof FaultRow) => errors[`faults.${i}.${name}`];
        return (
          <fieldset key={f.id} className={styles.fault}>
            <legend className="visually-hidden">{t('designer.fault', { n: i + 1 })}</legend>
            <SelectField id={id('method')} label={t('designer.fault.method')} error={error('method')} {...register(`faults.${i}.method`)}>
              {FAULT_METHODS.map((m) => (
                <option key={m} value={m}>
                  {m === '*' ? t('designer.fault.anyMethod') : m}
                </option>
              ))}
            </SelectField>
            <TextField id={id('path')} className={styles.path} label={t('designer.fault.path')} error={error('path')} {...register(`faults.${i}.path`)} />
            <TextField id={id('status')} label={t('designer.fault.status')} inputMode="numeric" error={error('status')} {...register(`faults.${i}.status`)} />
            <TextField id={id('times')} label={t('designer.fault.times')} inputMode="numeric" error={error('times')} {...register(`faults.${i}.times`)} />
            <TextField
              id={id('after')}
              label={t('designer.fault.afterWrites')}
              inputMode="numeric"
              error={error('afterWrites')}
              {...register(`faults.${i}.afterWrites`)}
            />
            <button type="button" className="btn btn-ghost" disabled={disabled} onClick={() => remove(i)}>
              {t('designer.fault.remove')}
            </button>
          </fieldset>
        );
      })}
      <div>
        <button type="button" className="btn" disabled={disabled || full} onClick={() => append(blankFault())}>
          {t('designer.fault.add')}
        </button>
      </div>
    </fieldset>
  );
}
