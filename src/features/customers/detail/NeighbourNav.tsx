/**
 * "‹ 3 of 40 ›" on the detail page: step to the previous or next customer of the list the user
 * came from (same view, search and sort), across its pages, without going back to it. Shown
 * only when this customer is on that list's remembered page.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { contactQueries } from '../../../api/queries/contacts';
import { formatNumber } from '../../../lib/format';
import { useLocaleStore, useT } from '../../../lib/i18n';
import { toApiParams, type ListState } from '../list/list-params';
import { lastList, rememberList } from '../list/last-list';
import styles from './CustomerDetail.module.css';

export function NeighbourNav({ id }: { id: string }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [list, setList] = useState<ListState>(lastList);
  const [moving, setMoving] = useState(false);
  const page = useQuery(contactQueries.list(toApiParams(list)));

  const rows = page.data?.contacts ?? [];
  const index = rows.findIndex((c) => c.contact_id === id);
  if (!page.data || index < 0) return null;
  const total = page.data.page_context.total;
  const position = (list.page - 1) * list.perPage + index + 1;

  const go = async (delta: 1 | -1) => {
    let target = rows[index + delta];
    if (!target) {
      // Across a page boundary: load the neighbouring page and remember it as the list's page.
      const next = { ...list, page: list.page + delta };
      setMoving(true);
      try {
        const data = await queryClient.fetchQuery(contactQueries.list(toApiParams(next)));
        target = delta > 0 ? data.contacts[0] : data.contacts[data.contacts.length - 1];
        if (target) {
          rememberList(next);
          setList(next);
        }
      } finally {
        setMoving(false);
      }
    }
    if (target) navigate(`/customers/${target.contact_id}`);
  };

  return (
    <div role="group" aria-label={t('detail.nav.label')} className={styles.neighbours}>
      <button type="button" className="btn" aria-label={t('detail.nav.previous')} disabled={moving || position <= 1} onClick={() => void go(-1)}>
        <span aria-hidden="true">‹</span>
      </button>
      <span className={styles.position}>{t('detail.nav.position', { position: formatNumber(position, locale), total: formatNumber(total, locale) })}</span>
      <button type="button" className="btn" aria-label={t('detail.nav.next')} disabled={moving || position >= total} onClick={() => void go(1)}>
        <span aria-hidden="true">›</span>
      </button>
    </div>
  );
}
