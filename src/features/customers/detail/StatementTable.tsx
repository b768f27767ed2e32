import type { Statement } from '../../../api/schemas';
import { formatDate, formatMoney } from '../../../lib/format';
import { useLocaleStore, useT } from '../../../lib/i18n';
import styles from './CustomerDetail.module.css';
import { ScrollRegion } from '../../../components/ui/ScrollRegion';

export function StatementTable({ statement: s }: { statement: Statement }) {
  const t = useT();
  const locale = useLocaleStore((st) => st.locale);
  const money = (n: number) => formatMoney(n, s.currency_code, locale);
  return (
    <section className={styles.card} aria-labelledby="st-heading">
      <h2 id="st-heading">{t('statement.heading')}</h2>
      <p className={styles.muted}>{t('statement.range', { start: formatDate(s.start_date, locale), end: formatDate(s.end_date, locale) })}</p>
      <ScrollRegion label={t('app.tableRegion', { name: t('statement.table') })}>
        <table className={styles.table} aria-label={t('statement.table')}>
          <thead>
            <tr>
              <th scope="col">{t('statement.col.date')}</th>
              <th scope="col">{t('statement.col.transaction')}</th>
              <th scope="col">{t('statement.col.details')}</th>
              <th scope="col" className="num">
                {t('statement.col.amount')}
              </th>
              <th scope="col" className="num">
                {t('statement.col.payment')}
              </th>
              <th scope="col" className="num">
                {t('statement.col.balance')}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{formatDate(s.start_date, locale)}</td>
              <td colSpan={4}>{t('statement.opening')}</td>
              <td className="num">{money(s.opening_balance)}</td>
            </tr>
            {s.lines
              .filter((l) => l.type !== 'opening')
              .map((l, i) => (
                <tr key={`${l.number}-${i}`}>
                  <td>{formatDate(l.date, locale)}</td>
                  <td>
                    {t(`statement.type.${l.type}`)} {l.number}
                  </td>
                  <td>{l.details}</td>
                  <td className="num">{l.amount ? money(l.amount) : ''}</td>
                  <td className="num">{l.payment ? money(l.payment) : ''}</td>
                  <td className="num">{money(l.balance)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </ScrollRegion>
      <dl className={styles.dl} style={{ marginTop: 'var(--space-3)', maxWidth: 360, marginLeft: 'auto' }}>
        <dt>{t('statement.invoiced')}</dt>
        <dd className="num">{money(s.invoiced)}</dd>
        <dt>{t('statement.received')}</dt>
        <dd className="num">{money(s.received)}</dd>
        <dt>
          <strong>{t('statement.balanceDue')}</strong>
        </dt>
        <dd className="num">
          <strong>{money(s.balance_due)}</strong>
        </dd>
      </dl>
    </section>
  );
}
