/** Merge's entries: the list's bulk bar "Merge" and the detail page's "More actions" → "Merge". */
import type { BulkAction, DetailAction } from '../../../components/extensions';
import { formatNumber } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import { roleReason } from '../bulk/acting-user';
import { lazyDialog } from '../../../components/lazy';
import { MAX_MERGE } from './limits';

const MergeIntoDialog = lazyDialog(() => import('./MergeIntoDialog').then((m) => m.MergeIntoDialog));
const MergeSelectionDialog = lazyDialog(() => import('./MergeSelectionDialog').then((m) => m.MergeSelectionDialog));

export const mergeBulkAction: BulkAction = {
  id: 'merge',
  placement: 'bar',
  get label() {
    return t('bulk.merge');
  },
  disabledReason: (sel, me) =>
    roleReason('merge', me) ??
    (sel.count < 2
      ? t('merge.tooFew')
      : sel.allMatching && sel.count > MAX_MERGE
        ? t('merge.tooMany', { max: formatNumber(MAX_MERGE) })
        : null),
  Dialog: MergeSelectionDialog,
};

export const mergeDetailAction: DetailAction = {
  id: 'merge',
  label: () => t('detail.action.merge'),
  disabledReason: (c, me) => roleReason('merge', me) ?? (c.merged_into_contact_id ? t('merge.alreadyMerged') : null),
  Dialog: MergeIntoDialog,
};
