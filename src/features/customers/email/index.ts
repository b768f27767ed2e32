/** Email Customer: mail one of the customer's contact persons, optionally with the unpaid invoices PDF. */
import type { DetailAction } from '../../../components/extensions';
import { t } from '../../../lib/i18n';
import { EmailDialog } from './EmailDialog';

export const emailAction: DetailAction = {
  id: 'email',
  label: () => t('detail.action.email'),
  Dialog: EmailDialog,
};
