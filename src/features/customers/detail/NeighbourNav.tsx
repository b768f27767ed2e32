/**
 * "‹ 3 of 40 ›" on the detail page: step to the previous or next customer of the list the user
 * came from (same view, search and sort), across its pages, without going back to it. Shown
 * only when this customer is on that list's remembered page.
 */
import { useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { contactQueries } from '../../../api/queries/contacts';
import { toast } from '../../../components/ui/toast-store';
import { errorText } from '../../../lib/error-text';
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
  /** While stepping: '' until the target is known, then its id until the page shows it. */
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => {
    if (pending && pending === id) setPending(null);
  }, [id, pending]);
  const moving = pending !== null;
  const page = useQuery(contactQueries.list(toApiParams(list)));
  /** What was shown last: kept for the render between a page change and the new URL. */
  const shown = useRef<{ position: number; total: number } | null>(null);

  const rows = page.data?.contacts ?? [];
  const index = rows.findIndex((c) => c.contact_id === id);

  // Browser Back after stepping across pages: the customer is on the neighbouring page, which
  // stepping loaded; follow it there (only cached pages are looked at, nothing is fetched).
  const missing = !moving && !!page.data && index < 0;
  useEffect(() => {
    if (!missing) return;
    for (const delta of [-1, 1]) {
      const other = { ...list, page: list.page + delta };
      if (other.page < 1) continue;
      const data = queryClient.getQueryData(contactQueries.list(toApiParams(other)).queryKey);
      if (data?.contacts.some((c) => c.contact_id === id)) {
        rememberList(other);
        setList(other);
        return;
      }
    }
  }, [missing, list, id, queryClient]);
  const found = page.data && index >= 0 ? { position: (list.page - 1) * list.perPage + index + 1, total: page.data.page_context.total } : null;
  if (found) shown.current = found;
  // Between a page change and the router showing the new customer, keep showing the old position
  // rather than unmounting (and unfocusing) the buttons.
  const view = found ?? (moving ? shown.current : null);
  if (!view) return null;
  const { position, total } = view;

  const go = async (delta: 1 | -1) => {
    if (moving) return; // not disabled meanwhile: a disabled button would lose focus
    setPending('');
    try {
      let target = rows[index + delta];
      let nextList: ListState | null = null;
      if (!target) {
        // Across a page boundary: load the neighbouring page and remember it as the list's page.
        nextList = { ...list, page: list.page + delta };
        const data = await queryClient.fetchQuery(contactQueries.list(toApiParams(nextList)));
        target = delta > 0 ? data.contacts[0] : data.contacts[data.contacts.length - 1];
      }
      if (!target) {
        setPending(null);
        return;
      }
      // The customer is loaded before the URL changes, so the page never drops to its loading
      // state and the pressed button keeps focus for the next press.
      await queryClient.fetchQuery(contactQueries.detail(target.contact_id));
      if (nextList) {
        rememberList(nextList);
        setList(nextList);
      }
      setPending(target.contact_id);
      await navigate(`/customers/${target.contact_id}`);
    } catch (err) {
      setPending(null);
      toast.error(t(delta > 0 ? 'detail.nav.nextFailed' : 'detail.nav.previousFailed', { message: errorText(err) }));
    }
  };

  return (
    <div role="group" aria-label={t('detail.nav.label')} aria-busy={moving || undefined} className={styles.neighbours}>
      <button type="button" className="btn" aria-label={t('detail.nav.previous')} disabled={position <= 1} onClick={() => void go(-1)}>
        <span aria-hidden="true">‹</span>
      </button>
      <span className={styles.position}>{t('detail.nav.position', { position: formatNumber(position, locale), total: formatNumber(total, locale) })}</span>
      <button type="button" className="btn" aria-label={t('detail.nav.next')} disabled={position >= total} onClick={() => void go(1)}>
        <span aria-hidden="true">›</span>
      </button>
    </div>
  );
}
