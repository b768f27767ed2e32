/**
 * Merge suggestions in the "Duplicate Customers" view: groups of likely duplicates (same name,
 * email or phone once case, width, punctuation and company suffixes are ignored), each with
 * "Merge these" opening the merge dialog with the group preselected.
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useLocaleStore, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/format';
import { useActingUser } from '../../../api/queries/reference';
import { roleReason } from '../../../lib/role-reasons';
import { duplicateQueries } from '../../../api/queries/duplicates';
import type { DuplicateGroup } from '../../../api/schemas';
import { MergeCustomersDialog } from './MergeCustomersDialog';
import styles from './Merge.module.css';

function Group({ group, forbidden, onMerge }: { group: DuplicateGroup; forbidden: string | null; onMerge: () => void }) {
  const t = useT();
  return (
    <li className={styles.group}>
      <span className="badge badge-warning">{t(`merge.dup.reason.${group.reason}`)}</span>
      <div className={styles.groupBody}>
        <ul className={styles.groupMembers}>
          {group.contacts.map((c) => (
            <li key={c.contact_id}>
              <Link to={`/customers/${c.contact_id}`}>{c.contact_name}</Link>
              <span className={styles.memberMeta}>
                {[c.currency_code, c.email, c.status === 'inactive' ? t('list.badge.inactive') : ''].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        className="btn"
        aria-disabled={forbidden ? true : undefined}
        aria-description={forbidden ?? undefined}
        title={forbidden ?? undefined}
        onClick={() => !forbidden && onMerge()}
      >
        {t('merge.dup.mergeThese')}
      </button>
    </li>
  );
}

export function DuplicateGroups() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const [page, setPage] = useState(1);
  const [mergeIds, setMergeIds] = useState<string[] | null>(null);
  const groups = useQuery(duplicateQueries.page(page));
  const me = useActingUser().data;
  const forbidden = me ? roleReason('merge', me) : null;
  const ctx = groups.data?.page_context;

  return (
    <section className={styles.suggestions} aria-labelledby="merge-suggestions-title">
      <div className={styles.suggestionsHeader}>
        <h2 id="merge-suggestions-title">{t('merge.dup.title')}</h2>
        {ctx?.total !== undefined && <span className="field-hint">{t('merge.dup.count', { count: formatNumber(ctx.total, locale) })}</span>}
      </div>
      <p className={styles.note}>{t('merge.dup.intro')}</p>
      {groups.isPending && <p className={styles.note}>{t('merge.dup.loading')}</p>}
      {groups.isError && <p role="alert">{t('merge.dup.error', { message: groups.error.message })}</p>}
      {groups.data && groups.data.duplicate_groups.length === 0 && <p className={styles.note}>{t('merge.dup.empty')}</p>}
      {groups.data && groups.data.duplicate_groups.length > 0 && (
        <ul className={styles.groups} aria-label={t('merge.dup.title')}>
          {groups.data.duplicate_groups.map((g) => (
            <Group key={`${g.reason}:${g.key}`} group={g} forbidden={forbidden} onMerge={() => setMergeIds(g.contacts.map((c) => c.contact_id))} />
          ))}
        </ul>
      )}
      {ctx && (page > 1 || ctx.has_more_page) && (
        <div className="row">
          <button type="button" className="btn" disabled={page === 1} onClick={() => setPage((p) => p - 1)}>
            {t('merge.dup.prev')}
          </button>
          <button type="button" className="btn" disabled={!ctx.has_more_page} onClick={() => setPage((p) => p + 1)}>
            {t('merge.dup.next')}
          </button>
        </div>
      )}
      {mergeIds && <MergeCustomersDialog ids={mergeIds} onClose={() => setMergeIds(null)} />}
    </section>
  );
}
