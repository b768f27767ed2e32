/**
 * Clone Customer: a copy of the profile for another currency. The display name must be unique
 * (3001 marks the field and keeps the dialog open); the portal only when the original has none.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { MAX_DISPLAY_NAME_LENGTH } from '../../../api/limits';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../api/client';
import { useCloneContact } from '../../../api/queries/contact-mutations';
import { referenceQueries } from '../../../api/queries/reference';
import { ErrorCode, type Contact } from '../../../api/schemas';
import { Dialog, type ActionDialogProps } from '../../../components/ui/Dialog';
import { toast } from '../../../components/ui/toast-store';
import { useT } from '../../../lib/i18n';
import { normaliseName, textProblem } from '../../../lib/text';
import { CheckboxField, SelectField, TextField } from '../../../components/ui/fields';
import form from '../form/CustomerForm.module.css';
import { currencyChoices, defaultCloneName, portalBlock } from './clone-rules';

type Field = 'contact_name' | 'currency_id' | 'enable_portal';
/** Where a rule refusal belongs when the API names no field. */
const codeField: Partial<Record<number, Field>> = {
  [ErrorCode.duplicateName]: 'contact_name',
  [ErrorCode.portalNeedsEmail]: 'enable_portal',
};

export function CloneDialog({ open, onOpenChange, context: c }: ActionDialogProps<Contact>) {
  const t = useT();
  const id = useId();
  const navigate = useNavigate();
  const nameRef = useRef<HTMLInputElement>(null);
  const currencies = useQuery(referenceQueries.currencies());
  const clone = useCloneContact();
  const [name, setName] = useState(() => defaultCloneName(c.contact_name, t('act.clone.copySuffix')));
  const choices = currencyChoices(currencies.data ?? [], c.currency_id);
  const [picked, setPicked] = useState('');
  const currencyId = picked || choices[0]?.currency_id || '';
  const [portal, setPortal] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const block = portalBlock(c);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFailure(null);
    const trimmed = normaliseName(name);
    const problem = textProblem(trimmed);
    if (!trimmed || problem || trimmed.length > 200) {
      setErrors({ contact_name: t(problem ? `common.text.${problem}` : trimmed ? 'act.clone.nameTooLong' : 'act.clone.nameRequired') });
      nameRef.current?.focus();
      return;
    }
    setErrors({});
    try {
      const { contact, message } = await clone.mutateAsync({
        sourceId: c.contact_id,
        input: { contact_name: trimmed, currency_id: currencyId, enable_portal: !block && portal },
      });
      toast.success(message);
      onOpenChange(false);
      navigate(`/customers/${contact.contact_id}`);
    } catch (err) {
      if (!isApiError(err)) throw err;
      const next: Partial<Record<Field, string>> = {};
      for (const f of ['contact_name', 'currency_id', 'enable_portal'] as const) {
        const m = err.fieldMessage(f);
        if (m) next[f] = m;
      }
      const f = codeField[err.code];
      if (f && !next[f]) next[f] = err.message;
      setErrors(next);
      if (Object.keys(next).length === 0) setFailure(err.message);
      if (next.contact_name) nameRef.current?.focus();
    }
  };

  const currencyLabel = (code: string, label?: string) => (label ? `${code} - ${label}` : code);
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('act.clone.title')}
      description={t('act.clone.description', { name: c.contact_name })}
      footer={
        <>
          <button type="button" className="btn" onClick={() => onOpenChange(false)}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={id} className="btn btn-primary" disabled={clone.isPending || !currencyId}>
            {clone.isPending ? t('act.clone.cloning') : t('act.clone.confirm')}
          </button>
        </>
      }
    >
      <form id={id} className="stack" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          ref={nameRef}
          id={`${id}-name`}
          label={t('form.displayName')}
          value={name}
          maxLength={MAX_DISPLAY_NAME_LENGTH}
          error={errors.contact_name}
          onChange={(e) => setName(e.target.value)}
        />
        <SelectField
          id={`${id}-currency`}
          label={t('form.currency')}
          value={currencyId}
          error={errors.currency_id}
          hint={t('act.clone.currencyHint', { code: c.currency_code })}
          onChange={(e) => setPicked(e.target.value)}
        >
          {choices.map((cur) => (
            <option key={cur.currency_id} value={cur.currency_id}>
              {currencyLabel(cur.currency_code, cur.currency_name)}
              {cur.currency_id === c.currency_id ? ` ${t('act.clone.sameCurrency')}` : ''}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          id={`${id}-portal`}
          label={t('form.portal')}
          checked={!block && portal}
          disabled={!!block}
          error={errors.enable_portal}
          hint={block ? t(block === 'original_has_portal' ? 'act.clone.portalTaken' : 'act.clone.portalNoEmail') : t('act.clone.portalHint')}
          onChange={(e) => setPortal(e.target.checked)}
        />
        <p className="field-hint">{t('act.clone.copies')}</p>
        {failure && (
          <p role="alert" className={form.alert}>
            {failure}
          </p>
        )}
      </form>
    </Dialog>
  );
}
