/** "Period", "Start date", "End date": a named period fills the dates; editing a date makes it Custom. */
import { useState } from 'react';
import { useToday } from '../../../api/queries/today';
import { periodRange, periods, type DateRange, type Period } from '../../../lib/periods';
import { useT } from '../../../lib/i18n';
import styles from '../Statements.module.css';

export interface PeriodValue {
  period: Period;
  range: DateRange;
}

export const initialPeriod = (today: string): PeriodValue => ({ period: 'this_month', range: periodRange('this_month', today) });

/**
 * The chosen period (This Month to start with); a named one's dates follow the app's today
 * (the mock's clock in the demo), also when it is only known after the dialog opened.
 */
export function usePeriod(): [PeriodValue, (v: PeriodValue) => void] {
  const today = useToday();
  const [chosen, setChosen] = useState<PeriodValue | null>(null);
  const value = chosen ?? initialPeriod(today);
  return [value.period === 'custom' ? value : { period: value.period, range: periodRange(value.period, today) }, setChosen];
}

interface Props {
  value: PeriodValue;
  onChange: (v: PeriodValue) => void;
  disabled?: boolean;
  invalid?: boolean;
  errorId?: string;
}

export function PeriodFields({ value, onChange, disabled, invalid, errorId }: Props) {
  const t = useT();
  const today = useToday();
  const choose = (period: Period) => onChange({ period, range: period === 'custom' ? value.range : periodRange(period, today) });
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
