/** Assign Customer Owner: a combobox of active "Staff (Assigned Customers Only)" users and "No owner". */
import { useId, useState, type FormEvent } from 'react';
import { useController, useForm } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../../api/client';
import { useAssignOwner } from '../../../api/queries/contact-mutations';
import { referenceQueries, useActingUser } from '../../../api/queries/reference';
import type { Contact } from '../../../api/schemas';
import { applyApiErrors } from '../../../components/forms/api-errors';
import { Dialog, type ActionDialogProps } from '../../../components/ui/Dialog';
import { toast } from '../../../components/ui/toast-store';
import { useT } from '../../../lib/i18n';
import { SelectField } from '../../../components/ui/Fields';
import { isAdmin } from '../../../api/roles';
import { ownerCandidates } from './owner-rules';

export function OwnerDialog({ open, onOpenChange, context: c }: ActionDialogProps<Contact>) {
  const t = useT();
  const formId = useId();
  const users = useQuery(referenceQueries.users());
  const me = useActingUser();
  const assign = useAssignOwner();
  // Controlled: the choices arrive after the dialog opens.
  const { control, handleSubmit, setError } = useForm<{ owner_id: string }>({ defaultValues: { owner_id: c.owner_id } });
  const owner = useController({ control, name: 'owner_id' });
  const [failure, setFailure] = useState<string | null>(null);
  const allowed = isAdmin(me.data?.role);
  const candidates = ownerCandidates(users.data ?? [], c.owner_id);

  const assignOwner = async ({ owner_id: ownerId }: { owner_id: string }) => {
    if (ownerId === c.owner_id) return onOpenChange(false);
    try {
      await assign.mutateAsync({ contact: c, ownerId });
      const name = candidates.find((u) => u.user_id === ownerId)?.name ?? '';
      toast.success(ownerId ? t('owner.assigned', { name }) : t('owner.removed'));
      onOpenChange(false);
    } catch (err) {
      if (!isApiError(err)) throw err;
      const marked = applyApiErrors(err, setError, { fieldFor: (f) => (f === 'owner_id' ? f : null) });
      if (marked.length === 0) setFailure(t('owner.failed', { message: err.message }));
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!allowed) return;
    setFailure(null);
    return handleSubmit(assignOwner)(e);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('owner.title')}
      description={t('owner.description', { name: c.contact_name })}
      footer={
        <>
          <button type="button" className="btn" onClick={() => onOpenChange(false)}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="btn btn-primary" disabled={!allowed || assign.isPending || !users.data}>
            {assign.isPending ? t('common.saving') : t('owner.assign')}
          </button>
        </>
      }
    >
      <form id={formId} className="stack" onSubmit={(e) => void submit(e)} noValidate>
        {me.data && !allowed && <p className="notice">{t('owner.notAllowed')}</p>}
        {users.isError && <p role="alert">{t('owner.usersFailed', { message: users.error.message })}</p>}
        <SelectField
          id={`${formId}-owner`}
          label={t('form.owner')}
          {...owner.field}
          disabled={!allowed}
          error={owner.fieldState.error?.message}
          hint={t('owner.hint')}
        >
          <option value="">{t('form.noOwner')}</option>
          {candidates.map((u) => (
            <option key={u.user_id} value={u.user_id}>
              {u.name}
            </option>
          ))}
        </SelectField>
        {failure && (
          <p role="alert" className="notice">
            {failure}
          </p>
        )}
      </form>
    </Dialog>
  );
}
