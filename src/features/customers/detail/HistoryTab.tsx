import { useQuery } from '@tanstack/react-query';
import { contactQueries } from '../../../api/queries/contacts';
import { formatDateTime } from '../../../lib/format';
import { useLocaleStore, useT } from '../../../lib/i18n';
import styles from './CustomerDetail.module.css';
import { ScrollRegion } from '../../../components/ui/ScrollRegion';

export function HistoryTab({ contactId }: { contactId: string }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const comments = useQuery(contactQueries.comments(contactId));
  if (comments.isError) return <p role="alert">{t('tx.error', { message: comments.error.message })}</p>;
  if (!comments.data) return <p role="status">{t('app.loading')}</p>;
  if (comments.data.length === 0) return <p className={styles.muted}>{t('history.empty')}</p>;
  return (
    <ScrollRegion label={t('app.tableRegion', { name: t('history.table') })}>
      <table className={styles.table} aria-label={t('history.table')}>
        <thead>
          <tr>
            <th scope="col">{t('history.col.when')}</th>
            <th scope="col">{t('history.col.what')}</th>
            <th scope="col">{t('history.col.by')}</th>
          </tr>
        </thead>
        <tbody>
          {comments.data.map((c) => (
            <tr key={c.comment_id}>
              <td>{formatDateTime(c.time, locale)}</td>
              <td>{c.description}</td>
              <td>{c.commented_by}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
