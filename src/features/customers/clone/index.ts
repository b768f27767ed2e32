/** Clone: a copy of the customer for another currency; opens the clone. */
import type { DetailAction } from '../../../components/extensions';
import { t } from '../../../lib/i18n';
import { CloneDialog } from './CloneDialog';

export const cloneAction: DetailAction = {
  id: 'clone',
  label: () => t('detail.action.clone'),
  Dialog: CloneDialog,
};
