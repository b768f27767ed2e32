/**
 * Clone Customer: a copy of the profile for another currency. The display name must be unique
 * (3001 marks the field and keeps the dialog open); the portal only when the original has none.
 */
import { useId, useState, type FormEvent } from 'react';
import { useController, useForm } from 'react-hook-form';
import { MAX_DISPLAY_NAME_LENGTH } from '../../../api/limits';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../api/client';
import { useCloneContact } from '../../../api/queries/contact-mutations';
import { referenceQueries } from '../../../api/queries/reference';
import { ErrorCode, type Contact } from '../../../api/schemas';
import { applyApiErrors } from '../../../components/forms/api-errors';
import { FormAlert } from '../../../components/forms/FormAlert';
import { flatErrors, flatResolver, type FlatErrors } from '../../../components/forms/form-errors';
import { Dialog, type ActionDialogProps } from '../../../components/ui/Dialog';
import { toast } from '../../../components/ui/toast-store';
import { useT } from '../../../lib/i18n';
import { normaliseName } from '../../../lib/text';
import { CheckboxField, SelectField, TextField } from '../../../components/ui/fields';
import { cloneNameProblem, currencyChoices, defaultCloneName, portalBlock } from './clone-rules';

interface CloneValues {
  contact_name: string;
  /** '' until one is picked: the first choice (currencies load after the dialog opens). */
  currency_id: string;
  enable_portal: boolean;
}
const fields: readonly string[] = ['contact_name', 'currency_id', 'enable_portal'] satisfies (keyof CloneValues)[];
/** Where a rule refusal belongs when the API names no field. */
const codeField: Partial<Record<number, keyof CloneValues>> = {
  [ErrorCode.duplicateName]: 'contact_name',
  [ErrorCode.portalNeedsEmail]: 'enable_portal',
};

export function CloneDialog({ open, onOpenChange, context: c }: ActionDialogProps<Contact>) {
  const t = useT();
  const id = useId();
  const navigate = useNavigate();
  const currencies = useQuery(referenceQueries.currencies());
  const clone = useCloneContact();
  const { register, control, handleSubmit, setError, formState } = useForm<CloneValues>({
    defaultValues: { contact_name: defaultCloneName(c.contact_name, t('clone.copySuffix')), currency_id: '', enable_portal: false },
    resolver: flatResolver((v): FlatErrors => {
      const problem = cloneNameProblem(v.contact_name);
      return problem ? { contact_name: t(problem, { max: MAX_DISPLAY_NAME_LENGTH }) } : {};
    }),
    // As before: messages stay until the next attempt.
    reValidateMode: 'onSubmit',
  });
  const errors = flatErrors(formState.errors);
  const currency = useController({ control, name: 'currency_id' }).field;
  const choices = currencyChoices(currencies.data ?? [], c.currency_id);
  const currencyId = currency.value || choices[0]?.currency_id || '';
  const [failure, setFailure] = useState<string | null>(null);
  const block = portalBlock(c);

  const save = async (v: CloneValues) => {
    try {
      const { contact, message } = await clone.mutateAsync({
        sourceId: c.contact_id,
        input: { contact_name: normaliseName(v.contact_name), currency_id: currencyId, enable_portal: !block && v.enable_portal },
      });
      toast.success(message);
      onOpenChange(false);
      navigate(`/customers/${contact.contact_id}`);
    } catch (err) {
      if (!isApiError(err)) throw err;
      const marked = applyApiErrors(err, setError, { fieldFor: (f) => (fields.includes(f) ? f : null), codeField });
      if (marked.length === 0) setFailure(err.message);
    }
  };

  const submit = (e: FormEvent) => {
    setFailure(null);
    return handleSubmit(save)(e);
  };

  const currencyLabel = (code: string, label?: string) => (label ? `${code} - ${label}` : code);
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('clone.title')}
      description={t('clone.description', { name: c.contact_name })}
      footer={
        <>
          <button type="button" className="btn" onClick={() => onOpenChange(false)}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={id} className="btn btn-primary" disabled={clone.isPending || !currencyId}>
            {clone.isPending ? t('clone.cloning') : t('clone.confirm')}
          </button>
        </>
      }
    >
      <form id={id} className="stack" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id={`${id}-name`}
          label={t('form.displayName')}
          maxLength={MAX_DISPLAY_NAME_LENGTH}
          error={errors.contact_name}
          {...register('contact_name')}
        />
        <SelectField
          id={`${id}-currency`}
          label={t('form.currency')}
          error={errors.currency_id}
          hint={t('clone.currencyHint', { code: c.currency_code })}
          {...currency}
          value={currencyId}
        >
          {choices.map((cur) => (
            <option key={cur.currency_id} value={cur.currency_id}>
              {currencyLabel(cur.currency_code, cur.currency_name)}
              {cur.currency_id === c.currency_id ? ` ${t('clone.sameCurrency')}` : ''}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          id={`${id}-portal`}
          label={t('form.portal')}
          disabled={!!block}
          error={errors.enable_portal}
          hint={block ? t(block === 'original_has_portal' ? 'clone.portalTaken' : 'clone.portalNoEmail') : t('clone.portalHint')}
          {...register('enable_portal')}
        />
        <p className="field-hint">{t('clone.copies')}</p>
        <FormAlert>{failure}</FormAlert>
      </form>
    </Dialog>
  );
}
