/** "Today": the mock's clock as a date field; empty means the real date. */
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useT } from '../../lib/i18n';

interface Props {
  field: UseFormRegisterReturn;
  error?: string;
}

export function TodayField({ field, error }: Props) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor="designer-today">{t('designer.today')}</label>
      <input
        id="designer-today"
        type="date"
        className="input"
        {...field}
        aria-invalid={!!error}
        aria-describedby={error ? 'designer-today-error' : 'designer-today-hint'}
      />
      <span id="designer-today-hint" className="field-hint">
        {t('designer.todayHint')}
      </span>
      {error && (
        <span id="designer-today-error" className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
