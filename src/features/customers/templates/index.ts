/** Associate Templates: PDF and email templates per document type, chosen from the gallery. */
import type { DetailAction } from '../../../components/extensions';
import { t } from '../../../lib/i18n';
import { TemplatesDialog } from './TemplatesDialog';

export const templatesAction: DetailAction = {
  id: 'templates',
  label: () => t('detail.action.templates'),
  Dialog: TemplatesDialog,
};
