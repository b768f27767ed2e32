/**
 * The contract's cap on ticked ids in one bulk call (api.md "Limits": MAX_BULK_IDS), shown in
 * the bulk bar before the API would refuse it; "select all N" has no cap (the server resolves it).
 */
import { MAX_BULK_IDS } from '../../../api/limits';
import type { BulkSelection } from '../../../lib/customer-selection';
import { formatNumber } from '../../../lib/format';
import { t } from '../../../lib/i18n';

export function tickedIdsReason(sel: Pick<BulkSelection, 'allMatching' | 'ids'>): string | null {
  return !sel.allMatching && sel.ids.length > MAX_BULK_IDS ? t('bulk.tooManyIds', { max: formatNumber(MAX_BULK_IDS) }) : null;
}
