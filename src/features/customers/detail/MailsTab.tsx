import { useQuery } from '@tanstack/react-query';
import { outboxQueries } from '../../../api/queries/transactions';
import { API_BASE_URL } from '../../../api/config';
import { formatDateTime } from '../../../lib/format';
import { useLocaleStore, useT } from '../../../lib/i18n';
import { AttachmentLink } from '../../../components/ui/AttachmentLink';
import styles from './CustomerDetail.module.css';

export function MailsTab({ contactId }: { contactId: string }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const mails = useQuery(outboxQueries.list(contactId));
  if (mails.isError) return <p role="alert">{t('tx.error', { message: mails.error.message })}</p>;
  if (!mails.data) return <p role="status">{t('app.loading')}</p>;
  if (mails.data.length === 0) return <p className={styles.muted}>{t('mails.empty')}</p>;
  return (
    <ul className="stack" style={{ listStyle: 'none', padding: 0 }}>
      {mails.data.map((m) => (
        <li key={m.email_id} className={styles.mail}>
          <strong>{m.subject}</strong> <span className={styles.muted}>{formatDateTime(m.sent_time, locale)}</span>
          <div className={styles.muted}>{t('mails.to', { list: m.to_mail_ids.join(', ') })}</div>
          <pre>{m.body}</pre>
          {m.attachments.length > 0 && (
            <div>
              {t('mails.attachments')}:{' '}
              {m.attachments.map((a, i) => (
                <AttachmentLink
                  key={i}
                  url={`${API_BASE_URL}/outbox/${m.email_id}/attachments/${i}`}
                  fileName={a.file_name}
                  contentType={a.content_type}
                  size={a.size}
                />
              ))}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
