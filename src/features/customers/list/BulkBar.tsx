import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { referenceQueries } from '../../../api/queries/reference';
import type { BulkAction, BulkSelection } from '../../../components/extensions';
import { Menu } from '../../../components/ui/Menu';
import { formatNumber } from '../../../lib/format';
import { useLocaleStore, useT, type MessageKey } from '../../../lib/i18n';
import { tickedIdsReason } from '../bulk/limits';
import { bulkBarOrder, bulkMoreOrder } from './bulk-actions';
import styles from './CustomerList.module.css';

interface Props {
  selection: BulkSelection;
  total: number;
  /** Every row of the current page is ticked: offer to extend to all matches. */
  pageAllSelected: boolean;
  onSelectAllMatching: () => void;
  actions: BulkAction[];
}

const labels: Record<string, MessageKey> = {
  send_statements: 'bulk.sendStatements',
  print_statements: 'bulk.printStatements',
  bulk_update: 'bulk.update',
  merge: 'bulk.merge',
  assign_owner: 'bulk.assignOwner',
  enable_portal: 'bulk.enablePortal',
  mark_active: 'bulk.markActive',
  mark_inactive: 'bulk.markInactive',
  delete: 'bulk.delete',
};

/** Shown while something is selected: the count, "select all N", and the bulk actions. */
export function BulkBar({ selection, total, pageAllSelected, onSelectAllMatching, actions }: Props) {
  const t = useT();
  const me = useQuery(referenceQueries.me()).data;
  const locale = useLocaleStore((s) => s.locale);
  const [openId, setOpenId] = useState<string | null>(null);
  if (selection.count === 0 && !openId) return null;
  const byId = new Map(actions.map((a) => [a.id, a]));
  const notYet = t('bulk.notYet');
  const canExtend = !selection.allMatching && pageAllSelected && total > selection.ids.length;
  const reasonOf = (id: string) => {
    const a = byId.get(id);
    // Every bulk action sends the ticked ids, so the contract's cap on them applies to all.
    return a ? (a.disabledReason?.(selection, me) ?? tickedIdsReason(selection)) : notYet;
  };
  const open = openId ? byId.get(openId) : undefined;

  return (
    <div className={styles.bulkBar} role="toolbar" aria-label={t('bulk.toolbar')}>
      <span className={styles.selectedCount}>{t('list.selected', { count: formatNumber(selection.count, locale) })}</span>
      {canExtend && (
        <button type="button" className="btn btn-ghost" onClick={onSelectAllMatching}>
          {t('list.selectAllMatching', { count: formatNumber(total, locale) })}
        </button>
      )}
      {selection.allMatching && <span className="field-hint">{t('list.allMatchingSelected', { count: formatNumber(total, locale) })}</span>}
      <button type="button" className="btn btn-ghost" onClick={selection.clear}>
        {t('list.clearSelection')}
      </button>
      <span className={styles.bulkActions}>
        {bulkBarOrder.map((id) => {
          const reason = reasonOf(id);
          return (
            <button
              key={id}
              type="button"
              className="btn"
              aria-disabled={reason ? true : undefined}
              title={reason ?? undefined}
              aria-description={reason ?? undefined}
              onClick={() => !reason && setOpenId(id)}
            >
              {byId.get(id)?.label ?? t(labels[id]!)}
            </button>
          );
        })}
        <Menu
          label={t('bulk.more')}
          items={bulkMoreOrder.map((id) => {
            const reason = reasonOf(id);
            return {
              label: byId.get(id)?.label ?? t(labels[id]!),
              onSelect: () => setOpenId(id),
              disabled: !!reason,
              reason: reason ?? undefined,
              destructive: id === 'delete',
            };
          })}
        />
      </span>
      {open && <open.Dialog open onOpenChange={(o) => !o && setOpenId(null)} context={selection} />}
    </div>
  );
}
