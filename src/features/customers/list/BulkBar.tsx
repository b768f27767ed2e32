import { Menu } from '../../../components/ui/Menu';
import { formatNumber } from '../../../lib/format';
import { useLocaleStore, useT } from '../../../lib/i18n';
import { useSelectionStore } from './selection-store';
import styles from './CustomerList.module.css';

interface Props {
  total: number;
  /** Every row of the current page is ticked: offer to extend to all matches. */
  pageAllSelected: boolean;
}

/** Shown while something is selected: the count, "select all N", and the bulk actions. */
export function BulkBar({ total, pageAllSelected }: Props) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const { ids, allMatching, selectAllMatching, clear } = useSelectionStore();
  const count = allMatching ? total : ids.size;
  if (count === 0) return null;
  const notYet = t('bulk.notYet');
  const canExtend = !allMatching && pageAllSelected && total > ids.size;

  const action = (label: string) => (
    <button type="button" className="btn" disabled title={notYet} aria-description={notYet}>
      {label}
    </button>
  );

  return (
    <div className={styles.bulkBar} role="toolbar" aria-label={t('bulk.toolbar')}>
      <span className={styles.selectedCount}>{t('list.selected', { count: formatNumber(count, locale) })}</span>
      {canExtend && (
        <button type="button" className="btn btn-ghost" onClick={selectAllMatching}>
          {t('list.selectAllMatching', { count: formatNumber(total, locale) })}
        </button>
      )}
      {allMatching && <span className="field-hint">{t('list.allMatchingSelected', { count: formatNumber(total, locale) })}</span>}
      <button type="button" className="btn btn-ghost" onClick={clear}>
        {t('list.clearSelection')}
      </button>
      <span className={styles.bulkActions}>
        {action(t('bulk.sendStatements'))}
        {action(t('bulk.printStatements'))}
        {action(t('bulk.update'))}
        {action(t('bulk.merge'))}
        {action(t('bulk.assignOwner'))}
        <Menu
          label={t('bulk.more')}
          items={[
            { label: t('bulk.enablePortal'), onSelect: () => undefined, disabled: true, reason: notYet },
            { label: t('bulk.markActive'), onSelect: () => undefined, disabled: true, reason: notYet },
            { label: t('bulk.markInactive'), onSelect: () => undefined, disabled: true, reason: notYet },
            { label: t('bulk.delete'), onSelect: () => undefined, disabled: true, reason: notYet, destructive: true },
          ]}
        />
      </span>
    </div>
  );
}
