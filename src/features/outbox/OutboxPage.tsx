/** Every email the app "sent": recipients, subject, customer link, body and attachments. */
import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { API_BASE_URL } from '../../api/config';
import { outboxQueries } from '../../api/queries/transactions';
import { AttachmentLink } from '../../components/ui/AttachmentLink';
import { formatDateTime } from '../../lib/format';
import { useLocaleStore, useT } from '../../lib/i18n';
import styles from './Outbox.module.css';
import { ScrollRegion } from '../../components/ui/ScrollRegion';

export function OutboxPage() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const mails = useQuery(outboxQueries.list());
  useEffect(() => {
    document.title = t('outbox.title');
  }, [t]);

  return (
    <main className="page stack">
      <h1>{t('outbox.title')}</h1>
      <p className="field-hint">{t('outbox.intro')}</p>
      {mails.isPending && <p role="status">{t('app.loading')}</p>}
      {mails.isError && (
        <div role="alert" className="stack">
          <p>{t('tx.error', { message: mails.error.message })}</p>
          <div>
            <button type="button" className="btn btn-primary" onClick={() => void mails.refetch()}>
              {t('common.retry')}
            </button>
          </div>
        </div>
      )}
      {mails.data?.length === 0 && <p>{t('outbox.empty')}</p>}
      {!!mails.data?.length && (
        <ScrollRegion label={t('app.tableRegion', { name: t('outbox.table') })}>
          <table className={styles.table} aria-label={t('outbox.table')}>
            <thead>
              <tr>
                <th scope="col">{t('outbox.col.sent')}</th>
                <th scope="col">{t('outbox.col.customer')}</th>
                <th scope="col">{t('outbox.col.to')}</th>
                <th scope="col">{t('outbox.col.subject')}</th>
                <th scope="col">{t('outbox.col.attachments')}</th>
              </tr>
            </thead>
            <tbody>
              {mails.data.map((m) => (
                <tr key={m.email_id}>
                  <td className={styles.nowrap}>{formatDateTime(m.sent_time, locale)}</td>
                  <td>
                    <Link to={`/customers/${m.contact_id}`}>{m.contact_name}</Link>
                  </td>
                  <td>
                    {m.to_mail_ids.join(', ')}
                    {m.cc_mail_ids.length > 0 && <div className="field-hint">{t('outbox.cc', { list: m.cc_mail_ids.join(', ') })}</div>}
                  </td>
                  <td>
                    {m.kind === 'statement' && <span className="badge badge-accent">{t('outbox.kind.statement')}</span>}{' '}
                    <details>
                      <summary>{m.subject}</summary>
                      <pre className={styles.body}>{m.body}</pre>
                    </details>
                  </td>
                  <td>
                    {m.attachments.map((a, i) => (
                      <AttachmentLink
                        key={i}
                        url={`${API_BASE_URL}/outbox/${m.email_id}/attachments/${i}`}
                        fileName={a.file_name}
                        contentType={a.content_type}
                        size={a.size}
                      />
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </main>
  );
}
