import { useState, type ComponentType } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Contact, StatementFilter } from '../../../api/schemas';
import { transactionQueries } from '../../../api/queries/transactions';
import { useClock } from '../../../api/queries/today';
import { isValidRange, periodRange, periods, type DateRange, type Period } from '../../../lib/periods';
import { useT } from '../../../lib/i18n';
import { StatementTable } from './StatementTable';
import styles from './CustomerDetail.module.css';

/** What the statement's toolbar (its PDF buttons) is given: the statement shown. */
export interface StatementToolbarProps {
  contact: Contact;
  start_date: string;
  end_date: string;
  filter: StatementFilter;
}

/** The statement for a period and filter, as the API computes it. */
export function StatementTab({ contact, Toolbar }: { contact: Contact; Toolbar: ComponentType<StatementToolbarProps> }) {
  const t = useT();
  const [period, setPeriod] = useState<Period>('this_month');
  // Periods are around the app's today (the mock's clock in the demo); Custom starts as this month.
  const clock = useClock();
  const [edited, setCustom] = useState<DateRange | null>(null);
  const custom = edited ?? periodRange('this_month', clock.today);
  const [filter, setFilter] = useState<StatementFilter>('all');
  const range = period === 'custom' ? custom : periodRange(period, clock.today);
  const valid = isValidRange(range);
  const statement = useQuery({
    ...transactionQueries.statement(contact.contact_id, { start_date: range.start, end_date: range.end, filter }),
    enabled: valid && clock.ready,
  });

  return (
    <div className="stack">
      <div className={styles.filters}>
        <div className="field">
          <label htmlFor="st-period">{t('statement.period')}</label>
          <select id="st-period" className="select" value={period} onChange={(e) => setPeriod(e.target.value as Period)}>
            {periods.map((p) => (
              <option key={p} value={p}>
                {t(`statement.period.${p}`)}
              </option>
            ))}
          </select>
        </div>
        {period === 'custom' && (
          <>
            <div className="field">
              <label htmlFor="st-start">{t('statement.start')}</label>
              <input
                id="st-start"
                type="date"
                className="input"
                value={custom.start}
                aria-invalid={!valid}
                aria-describedby={valid ? undefined : 'st-range-error'}
                onChange={(e) => setCustom({ ...custom, start: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor="st-end">{t('statement.end')}</label>
              <input
                id="st-end"
                type="date"
                className="input"
                value={custom.end}
                aria-invalid={!valid}
                aria-describedby={valid ? undefined : 'st-range-error'}
                onChange={(e) => setCustom({ ...custom, end: e.target.value })}
              />
            </div>
          </>
        )}
        <div className="field">
          <label htmlFor="st-filter">{t('statement.filter')}</label>
          <select id="st-filter" className="select" value={filter} onChange={(e) => setFilter(e.target.value as StatementFilter)}>
            <option value="all">{t('statement.filter.all')}</option>
            <option value="outstanding">{t('statement.filter.outstanding')}</option>
          </select>
        </div>
        <div className="row" style={{ marginLeft: 'auto' }}>
          {valid && <Toolbar contact={contact} start_date={range.start} end_date={range.end} filter={filter} />}
        </div>
      </div>
      {!valid && (
        <p id="st-range-error" className="field-error" role="alert">
          {t('statement.invalidRange')}
        </p>
      )}
      {statement.isError && <p role="alert">{t('tx.error', { message: statement.error.message })}</p>}
      {valid && !statement.data && !statement.isError && <p role="status">{t('app.loading')}</p>}
      {statement.data && <StatementTable statement={statement.data} />}
    </div>
  );
}
