/** Mark as Inactive / Mark as Active: immediate, with Undo in the toast. */
import { setStatus } from '../../../api/queries/contact-status';
import type { Contact } from '../../../api/schemas';
import type { DetailAction } from '../../../components/extensions';
import { t } from '../../../lib/i18n';
import { ImmediateAction } from './immediate';

export const statusAction: DetailAction = {
  id: 'status',
  label: (c: Contact) => t(c.status === 'active' ? 'detail.action.markInactive' : 'detail.action.markActive'),
  Dialog: function StatusDialog({ context: c, onOpenChange }) {
    const next = c.status === 'active' ? 'inactive' : 'active';
    return (
      <ImmediateAction
        run={(qc) => setStatus(qc, c.contact_id, next)}
        undo={(qc) => setStatus(qc, c.contact_id, c.status)}
        onDone={() => onOpenChange(false)}
      />
    );
  },
};
