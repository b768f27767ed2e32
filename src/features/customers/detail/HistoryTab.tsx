/**
 * The History tab: add a comment, pick what to show (filtered by the server, so paging stays
 * right), and a page of entries at a time with "Show more" (a customer with thousands of
 * entries opens as fast as one with five).
 */
import { useId, useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { historyQueries } from '../../../api/queries/contact-history';
import { useT } from '../../../lib/i18n';
import { AddCommentForm } from './history/AddCommentForm';
import { HistoryTable } from './history/HistoryTable';
import { historyFilters, isHistoryFilter, type HistoryFilter } from './history/history-view';
import { SelectField } from '../../../components/ui/Fields';
import detail from './CustomerDetail.module.css';
import styles from './history/History.module.css';

export function HistoryTab({ contactId }: { contactId: string }) {
  const t = useT();
  const id = useId();
  const [show, setShow] = useState<HistoryFilter>('all');
  return (
    <div className="stack">
      <div className={styles.toolbar}>
        <AddCommentForm contactId={contactId} />
        <SelectField id={`${id}-show`} label={t('history.show')} value={show} onChange={(e) => isHistoryFilter(e.target.value) && setShow(e.target.value)}>
          {historyFilters.map((f) => (
            <option key={f} value={f}>
              {t(`history.show.${f}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <HistoryEntries contactId={contactId} show={show} />
    </div>
  );
}

function HistoryEntries({ contactId, show }: { contactId: string; show: HistoryFilter }) {
  const t = useT();
  const history = useInfiniteQuery(historyQueries.list(contactId, show));
  if (history.isError && !history.data) return <p role="alert">{t('history.error', { message: history.error.message })}</p>;
  if (!history.data) return <p role="status">{t('app.loading')}</p>;
  const entries = history.data.pages.flatMap((p) => p.entries);
  const total = history.data.pages.at(-1)?.page_context?.total ?? entries.length;
  if (entries.length === 0) return <p className={detail.muted}>{t(show === 'all' ? 'history.empty' : 'history.emptyFiltered')}</p>;
  return (
    <>
      <HistoryTable entries={entries} total={total} />
      <div className={styles.more}>
        <span className={detail.muted} role="status">
          {t('history.shown', { shown: entries.length, total })}
        </span>
        {history.hasNextPage && (
          <button type="button" className="btn" disabled={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
            {history.isFetchingNextPage ? t('app.loading') : t('history.showMore')}
          </button>
        )}
        {history.isFetchNextPageError && <span role="alert">{t('history.error', { message: history.error.message })}</span>}
      </div>
    </>
  );
}
