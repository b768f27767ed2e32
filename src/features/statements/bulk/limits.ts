/** The bulk statement limit (api.md 3006) and the reason shown when a selection is over it. */
import type { BulkSelection } from '../../../lib/customer-selection';
import { t } from '../../../lib/i18n';

export const MAX_STATEMENT_CUSTOMERS = 25;

export function statementsDisabledReason(sel: Pick<BulkSelection, 'count'>): string | null {
  return sel.count > MAX_STATEMENT_CUSTOMERS ? t('stmt.bulk.tooMany') : null;
}
