/**
 * What this feature adds to the customers pages (registered in src/app/extensions.ts): the
 * statement tab's PDF toolbar and the list's Send / Print Statements bulk actions.
 */
import type { BulkAction } from '../../components/extensions';
import { t } from '../../lib/i18n';
import { statementsDisabledReason } from './bulk/limits';
import { lazyDialog, lazyLoad } from '../../components/lazy';

const PrintStatementsDialog = lazyDialog(() => import('./bulk/PrintStatementsDialog').then((m) => m.PrintStatementsDialog));
const SendStatementsDialog = lazyDialog(() => import('./bulk/SendStatementsDialog').then((m) => m.SendStatementsDialog));
/** Only the detail page's Statement tab shows it: loaded then, not with the list. */
export const StatementToolbar = lazyLoad(() => import('./StatementToolbar').then((m) => m.StatementToolbar));

export const statementBulkActions: BulkAction[] = [
  {
    id: 'send_statements',
    // A getter, so the label follows the UI language.
    get label() {
      return t('bulk.sendStatements');
    },
    placement: 'bar',
    disabledReason: statementsDisabledReason,
    Dialog: SendStatementsDialog,
  },
  {
    id: 'print_statements',
    get label() {
      return t('bulk.printStatements');
    },
    placement: 'bar',
    disabledReason: statementsDisabledReason,
    Dialog: PrintStatementsDialog,
  },
];
