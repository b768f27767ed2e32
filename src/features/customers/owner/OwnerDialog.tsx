/** Assign Customer Owner: a combobox of active "Staff (Assigned Customers Only)" users and "No owner". */
import { useId, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../../api/client';
import { useAssignOwner } from '../../../api/queries/contact-mutations';
import { referenceQueries } from '../../../api/queries/reference';
import type { Contact } from '../../../api/schemas';
import { Dialog, type ActionDialogProps } from '../../../components/ui/Dialog';
import { toast } from '../../../components/ui/toast-store';
import { useT } from '../../../lib/i18n';
import { SelectField } from '../../../components/ui/fields';
import { isAdmin, ownerCandidates } from './owner-rules';

export function OwnerDialog({ open, onOpenChange, context: c }: ActionDialogProps<Contact>) {
  const t = useT();
  const formId = useId();
  const users = useQuery(referenceQueries.users());
  const me = useQuery(referenceQueries.me());
  const assign = useAssignOwner();
  const [ownerId, setOwnerId] = useState(c.owner_id);
  const [fieldError, setFieldError] = useState<string>();
  const [failure, setFailure] = useState<string | null>(null);
  const allowed = isAdmin(me.data?.role);
  const candidates = ownerCandidates(users.data ?? [], c.owner_id);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!allowed) return;
    if (ownerId === c.owner_id) return onOpenChange(false);
    setFieldError(undefined);
    setFailure(null);
    try {
      await assign.mutateAsync({ contact: c, ownerId });
      const name = candidates.find((u) => u.user_id === ownerId)?.name ?? '';
      toast.success(ownerId ? t('act.owner.assigned', { name }) : t('act.owner.removed'));
      onOpenChange(false);
    } catch (err) {
      if (!isApiError(err)) throw err;
      const onField = err.fieldMessage('owner_id');
      if (onField) setFieldError(onField);
      else setFailure(t('act.owner.failed', { message: err.message }));
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('act.owner.title')}
      description={t('act.owner.description', { name: c.contact_name })}
      footer={
        <>
          <button type="button" className="btn" onClick={() => onOpenChange(false)}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="btn btn-primary" disabled={!allowed || assign.isPending || !users.data}>
            {assign.isPending ? t('act.saving') : t('act.owner.assign')}
          </button>
        </>
      }
    >
      <form id={formId} className="stack" onSubmit={(e) => void submit(e)} noValidate>
        {me.data && !allowed && <p className="notice">{t('act.owner.notAllowed')}</p>}
        {users.isError && <p role="alert">{t('act.owner.usersFailed', { message: users.error.message })}</p>}
        <SelectField
          id={`${formId}-owner`}
          label={t('form.owner')}
          value={ownerId}
          disabled={!allowed}
          error={fieldError}
          hint={t('act.owner.hint')}
          onChange={(e) => setOwnerId(e.target.value)}
        >
          <option value="">{t('form.noOwner')}</option>
          {candidates.map((u) => (
            <option key={u.user_id} value={u.user_id}>
              {u.name}
            </option>
          ))}
        </SelectField>
        {failure && <p role="alert" className="notice">{failure}</p>}
      </form>
    </Dialog>
  );
}
