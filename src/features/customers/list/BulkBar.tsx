import { useState, type ComponentType } from 'react';
import { useActingUser } from '../../../api/queries/reference';
import type { User } from '../../../api/schemas';
import type { ActionDialogProps } from '../../../components/ui/Dialog';
import { Menu } from '../../../components/ui/Menu';
import type { BulkSelection } from '../../../lib/customer-selection';
import { formatNumber } from '../../../lib/format';
import { useLocaleStore, useT } from '../../../lib/i18n';
import { tickedIdsReason } from './bulk-limits';
import styles from './CustomerList.module.css';

/** A bulk action: a button of the bar, or an item of its "More bulk actions" menu. */
export interface BulkAction {
  id: string;
  label: string;
  /**
   * Why it cannot run for this selection (shown, and the control disabled), or null. `me` is the
   * acting user (undefined while loading: leave role checks to the API then).
   */
  disabledReason?: (sel: BulkSelection, me: User | undefined) => string | null;
  destructive?: boolean;
  Dialog: ComponentType<ActionDialogProps<BulkSelection>>;
}

interface Props {
  selection: BulkSelection;
  total: number;
  /** Every row of the current page is ticked: offer to extend to all matches. */
  pageAllSelected: boolean;
  onSelectAllMatching: () => void;
  /** The bar's buttons and the "More bulk actions" items, in order. */
  actions: BulkAction[];
  moreActions: BulkAction[];
}

/** Shown while something is selected: the count, "select all N", and the bulk actions. */
export function BulkBar({ selection, total, pageAllSelected, onSelectAllMatching, actions, moreActions }: Props) {
  const t = useT();
  const me = useActingUser().data;
  const locale = useLocaleStore((s) => s.locale);
  const [openId, setOpenId] = useState<string | null>(null);
  if (selection.count === 0 && !openId) return null;
  const canExtend = !selection.allMatching && pageAllSelected && total > selection.ids.length;
  // Every bulk action sends the ticked ids, so the contract's cap on them applies to all.
  const reasonOf = (a: BulkAction) => a.disabledReason?.(selection, me) ?? tickedIdsReason(selection);
  const open = [...actions, ...moreActions].find((a) => a.id === openId);

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
        {actions.map((action) => {
          const reason = reasonOf(action);
          return (
            <button
              key={action.id}
              type="button"
              className="btn"
              aria-disabled={reason ? true : undefined}
              title={reason ?? undefined}
              aria-description={reason ?? undefined}
              onClick={() => !reason && setOpenId(action.id)}
            >
              {action.label}
            </button>
          );
        })}
        <Menu
          label={t('bulk.more')}
          items={moreActions.map((action) => {
            const reason = reasonOf(action);
            return {
              label: action.label,
              onSelect: () => setOpenId(action.id),
              disabled: !!reason,
              reason: reason ?? undefined,
              destructive: action.destructive,
            };
          })}
        />
      </span>
      {open && <open.Dialog open onOpenChange={(o) => !o && setOpenId(null)} context={selection} />}
    </div>
  );
}
