/**
 * Delete Customer: an alertdialog stating the consequence. The API refuses a customer with
 * transactions (3002) or one that others are merged into (3009): the dialog then explains why
 * and offers "Mark as Inactive" instead.
 */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../api/client';
import { useDeleteContact } from '../../../api/queries/contact-mutations';
import { ErrorCode, type Contact } from '../../../api/schemas';
import { FormAlert } from '../../../components/forms/FormAlert';
import { ConfirmDialog, type ActionDialogProps } from '../../../components/ui/Dialog';
import { toast } from '../../../components/ui/toast-store';
import { useT, type MessageKey } from '../../../lib/i18n';
import { errorText } from '../../../lib/error-text';
import { changeStatus } from '../detail/toggles';

/** The refusals the dialog explains, and the alert that says which it was. */
const REFUSALS = new Map<number, MessageKey>([
  [ErrorCode.hasTransactions, 'delete.refusal.transactions'],
  [ErrorCode.masterHasMerged, 'delete.refusal.merged'],
]);

function refusalKey(code: number, alreadyInactive: boolean): MessageKey {
  if (code === ErrorCode.masterHasMerged) return alreadyInactive ? 'delete.refusedMergedInactive' : 'delete.refusedMerged';
  return alreadyInactive ? 'delete.refusedInactive' : 'delete.refused';
}

export function DeleteDialog({ open, onOpenChange, context: c }: ActionDialogProps<Contact>) {
  const t = useT();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const del = useDeleteContact();
  const [refusal, setRefusal] = useState<{ code: number; alert: MessageKey } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const remove = async () => {
    setFailure(null);
    try {
      await del.mutateAsync(c.contact_id);
      toast.success(t('delete.done'));
      onOpenChange(false);
      navigate('/customers');
    } catch (err) {
      const alert = isApiError(err) ? REFUSALS.get(err.code) : undefined;
      if (isApiError(err) && alert) setRefusal({ code: err.code, alert });
      else setFailure(t('delete.failed', { message: errorText(err) }));
    }
  };

  const markInactive = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const { message } = await changeStatus(qc, c.contact_id, 'inactive');
      const undo = () =>
        changeStatus(qc, c.contact_id, 'active').then(
          (r) => toast.success(r.message),
          (err: unknown) => toast.error(errorText(err)),
        );
      toast.success(message, { label: t('common.undo'), onClick: () => void undo() });
      onOpenChange(false);
    } catch (err) {
      setFailure(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const alreadyInactive = c.status === 'inactive';
  const persons = c.contact_persons.length;
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('delete.title')}
      description={
        refusal
          ? t(refusalKey(refusal.code, alreadyInactive), { name: c.contact_name })
          : t(persons === 0 ? 'delete.consequenceNone' : persons === 1 ? 'delete.consequenceOne' : 'delete.consequence', {
              name: c.contact_name,
              count: persons,
            })
      }
      confirmLabel={refusal ? (alreadyInactive ? t('common.close') : t('detail.action.markInactive')) : t('delete.confirm')}
      cancelLabel={t('common.cancel')}
      destructive={!refusal}
      busy={del.isPending || busy}
      onConfirm={() => {
        if (!refusal) void remove();
        else if (alreadyInactive) onOpenChange(false);
        else void markInactive();
      }}
    >
      <FormAlert>{failure ?? (refusal && t(refusal.alert))}</FormAlert>
    </ConfirmDialog>
  );
}
