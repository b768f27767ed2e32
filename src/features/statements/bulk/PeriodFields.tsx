/** "Period", "Start date", "End date": a named period fills the dates; editing a date makes it Custom. */
import { localToday, periodRange, periods, type DateRange, type Period } from '../../../lib/periods';
import { useT } from '../../../lib/i18n';
import styles from '../Statements.module.css';

export interface PeriodValue {
  period: Period;
  range: DateRange;
}

export const initialPeriod = (today = localToday()): PeriodValue => ({ period: 'this_month', range: periodRange('this_month', today) });

interface Props {
  value: PeriodValue;
  onChange: (v: PeriodValue) => void;
  disabled?: boolean;
  invalid?: boolean;
  errorId?: string;
}

export function PeriodFields({ value, onChange, disabled, invalid, errorId }: Props) {
  const t = useT();
  const choose = (period: Period) => onChange({ period, range: period === 'custom' ? value.range : periodRange(period, localToday()) });
  const edit = (patch: Partial<DateRange>) => onChange({ period: 'custom', range: { ...value.range, ...patch } });
  const invalidProps = { 'aria-invalid': invalid || undefined, 'aria-describedby': invalid ? errorId : undefined };
  return (
    <div className={styles.dates}>
      <div className="field">
        <label htmlFor="stmt-bulk-period">{t('statement.bulk.period')}</label>
        <select id="stmt-bulk-period" className="select" value={value.period} disabled={disabled} onChange={(e) => choose(e.target.value as Period)}>
          {periods.map((p) => (
            <option key={p} value={p}>
              {t(`statement.period.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="stmt-bulk-start">{t('statement.bulk.start')}</label>
        <input
          id="stmt-bulk-start"
          type="date"
          className="input"
          value={value.range.start}
          disabled={disabled}
          onChange={(e) => edit({ start: e.target.value })}
          {...invalidProps}
        />
      </div>
      <div className="field">
        <label htmlFor="stmt-bulk-end">{t('statement.bulk.end')}</label>
        <input
          id="stmt-bulk-end"
          type="date"
          className="input"
          value={value.range.end}
          disabled={disabled}
          onChange={(e) => edit({ end: e.target.value })}
          {...invalidProps}
        />
      </div>
    </div>
  );
}
