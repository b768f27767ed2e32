/** The most customers one merge takes, and why a merge cannot start. */
import { MAX_PER_PAGE } from '../../../api/limits';
import type { Contact, User } from '../../../api/schemas';
import { formatNumber } from '../../../lib/format';
import { t } from '../../../lib/i18n';
import type { BulkSelection } from '../../../lib/customer-selection';
import { roleReason } from '../../../lib/role-reasons';

/** A select-all beyond it is refused before the dialog: the dialog lists them in one page. */
export const MAX_MERGE = MAX_PER_PAGE;

/** The bulk bar's Merge: at least two customers, at most MAX_MERGE by "select all". */
export function mergeSelectionReason(sel: Pick<BulkSelection, 'count' | 'allMatching'>, me: User | undefined): string | null {
  return (
    roleReason('merge', me) ??
    (sel.count < 2 ? t('merge.tooFew') : sel.allMatching && sel.count > MAX_MERGE ? t('merge.tooMany', { max: formatNumber(MAX_MERGE) }) : null)
  );
}

/** The detail page's Merge: not for a customer already merged into another. */
export function mergeContactReason(c: Contact, me: User | undefined): string | null {
  return roleReason('merge', me) ?? (c.merged_into_contact_id ? t('merge.alreadyMerged') : null);
}
