import { useQuery } from '@tanstack/react-query';
import { transactionQueries } from '../../../api/queries/transactions';
import { formatDate, formatMoney } from '../../../lib/format';
import { useLocaleStore, useT } from '../../../lib/i18n';
import styles from './CustomerDetail.module.css';
import { ScrollRegion } from '../../../components/ui/ScrollRegion';

const statusBadge = { sent: 'badge', overdue: 'badge badge-danger', partially_paid: 'badge badge-warning', paid: 'badge badge-success' } as const;

export function TransactionsTab({ contactId }: { contactId: string }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const invoices = useQuery(transactionQueries.invoices(contactId));
  const payments = useQuery(transactionQueries.payments(contactId));

  return (
    <div className="stack">
      <h2 id="tx-invoices">{t('tx.invoices')}</h2>
      {invoices.isError && <p role="alert">{t('tx.error', { message: invoices.error.message })}</p>}
      {invoices.data?.length === 0 && <p className={styles.muted}>{t('tx.noInvoices')}</p>}
      {!!invoices.data?.length && (
        <ScrollRegion label={t('app.tableRegion', { name: t('tx.invoices') })}>
          <table className={styles.table} aria-labelledby="tx-invoices">
            <thead>
              <tr>
                <th scope="col">{t('tx.col.date')}</th>
                <th scope="col">{t('tx.col.number')}</th>
                <th scope="col">{t('tx.col.dueDate')}</th>
                <th scope="col">{t('tx.col.status')}</th>
                <th scope="col" className="num">
                  {t('tx.col.total')}
                </th>
                <th scope="col" className="num">
                  {t('tx.col.balance')}
                </th>
              </tr>
            </thead>
            <tbody>
              {invoices.data.map((i) => (
                <tr key={i.invoice_id}>
                  <td>{formatDate(i.date, locale)}</td>
                  <td>{i.invoice_number}</td>
                  <td>{formatDate(i.due_date, locale)}</td>
                  <td>
                    <span className={statusBadge[i.status]}>{t(`tx.status.${i.status}`)}</span>
                  </td>
                  <td className="num">{formatMoney(i.total, i.currency_code, locale)}</td>
                  <td className="num">{formatMoney(i.balance, i.currency_code, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}

      <h2 id="tx-payments">{t('tx.payments')}</h2>
      {payments.isError && <p role="alert">{t('tx.error', { message: payments.error.message })}</p>}
      {payments.data?.length === 0 && <p className={styles.muted}>{t('tx.noPayments')}</p>}
      {!!payments.data?.length && (
        <ScrollRegion label={t('app.tableRegion', { name: t('tx.payments') })}>
          <table className={styles.table} aria-labelledby="tx-payments">
            <thead>
              <tr>
                <th scope="col">{t('tx.col.date')}</th>
                <th scope="col">{t('tx.col.number')}</th>
                <th scope="col">{t('tx.col.applied')}</th>
                <th scope="col" className="num">
                  {t('tx.col.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {payments.data.map((p) => (
                <tr key={p.payment_id}>
                  <td>{formatDate(p.date, locale)}</td>
                  <td>{p.payment_number}</td>
                  <td>{p.invoices.length}</td>
                  <td className="num">{formatMoney(p.amount, p.currency_code ?? '', locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
