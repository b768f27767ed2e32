/** The "Value" control of Bulk Update: a select, number, date or text input per field type. */
import { useT } from '../../../lib/i18n';
import type { UpdateField } from './update-fields';

interface Props {
  id: string;
  field: UpdateField;
  value: string;
  onChange: (value: string) => void;
  describedBy?: string;
}

export function ValueInput({ id, field, value, onChange, describedBy }: Props) {
  const t = useT();
  const label = <label htmlFor={id}>{t('bulk.update.value')}</label>;
  if (field.kind === 'select') {
    return (
      <div className="field">
        {label}
        <select id={id} className="select" value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy}>
          <option value="" disabled>
            {t('bulk.update.choose')}
          </option>
          {field.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  }
  const invalid = field.kind === 'number' && value.trim() !== '' && !Number.isFinite(Number(value));
  return (
    <div className="field">
      {label}
      <input
        id={id}
        className="input"
        type={field.kind}
        inputMode={field.kind === 'number' ? 'decimal' : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid}
        aria-describedby={[describedBy, `${id}-hint`].filter(Boolean).join(' ')}
      />
      <span id={`${id}-hint`} className="field-hint">
        {t('bulk.update.emptyClears')}
      </span>
    </div>
  );
}
