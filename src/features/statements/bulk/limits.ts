/** The bulk statement limit (api.md 3006) and the reason shown when a selection is over it. */
import { MAX_STATEMENT_CONTACTS } from '../../../api/limits';
import type { BulkSelection } from '../../../lib/customer-selection';
import { t } from '../../../lib/i18n';

export function statementsDisabledReason(sel: Pick<BulkSelection, 'count'>): string | null {
  return sel.count > MAX_STATEMENT_CONTACTS ? t('statement.bulk.tooMany') : null;
}
