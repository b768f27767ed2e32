/**
 * The customer form (create and edit). Values and errors live in react-hook-form; validation is
 * the contract's schema (form-values.ts), then the API's own refusals land on their fields.
 */
import { useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../api/client';
import { useSaveContact } from '../../../api/queries/contact-mutations';
import { ErrorCode, type Contact } from '../../../api/schemas';
import { applyApiErrors, failureText } from '../../../components/forms/api-errors';
import { FormAlert } from '../../../components/forms/FormAlert';
import { flatErrors, flatResolver } from '../../../components/forms/form-errors';
import { toast } from '../../../components/ui/toast-store';
import { useT } from '../../../lib/i18n';
import { AddressFieldset } from './AddressFieldset';
import { ConflictDialog } from './ConflictDialog';
import { LeaveGuard } from './LeaveGuard';
import { MainFields } from './MainFields';
import { OtherFields, type ReferenceData } from './OtherFields';
import { PersonsFieldset } from './PersonsFieldset';
import { PossibleDuplicates } from './PossibleDuplicates';
import { codeField } from './api-errors';
import { emptyValues, formFieldFor, toPayload, validate, valuesFromContact, type FormValues } from './form-values';
import styles from './CustomerForm.module.css';

interface Props {
  contact?: Contact;
  ref_: ReferenceData;
  defaultCurrencyId: string;
  onReloadContact: () => Promise<Contact | undefined>;
}

export function CustomerForm({ contact, ref_, defaultCurrencyId, onReloadContact }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const save = useSaveContact();
  const initial = contact
    ? valuesFromContact(contact)
    : emptyValues({ currency_id: defaultCurrencyId, owner_id: ref_.me.role === 'staff_assigned' ? ref_.me.user_id : '' });
  const customFields = ref_.customFields;
  const resolver = useMemo(() => flatResolver<FormValues>((v) => validate(v, customFields)), [customFields]);
  const { register, control, handleSubmit, setValue, getValues, reset, setError, clearErrors, formState } = useForm<FormValues>({
    defaultValues: initial,
    resolver,
    shouldFocusError: false,
  });
  const values = useWatch({ control }) as FormValues;
  const errors = flatErrors(formState.errors);
  const [banner, setBanner] = useState('');
  const [conflict, setConflict] = useState(false);
  const [lastModified, setLastModified] = useState(contact?.last_modified_time);
  const saved = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);

  const focusFirstError = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  // After the first attempt react-hook-form re-checks as the user types, so fixed fields clear.
  const invalid = () => {
    setBanner(t('form.fixErrors'));
    focusFirstError();
  };

  const submit = (v: FormValues, stamp = lastModified) => {
    setBanner('');
    save.mutate(
      { id: contact?.contact_id, body: toPayload(v, ref_.customFields, contact ? stamp : undefined) },
      {
        onSuccess: ({ contact: savedContact }) => {
          saved.current = true;
          toast.success(contact ? t('form.saved') : t('form.created', { name: savedContact.contact_name }));
          navigate(`/customers/${savedContact.contact_id}`);
        },
        onError: (err) => {
          if (isApiError(err) && err.code === ErrorCode.staleUpdate) {
            setConflict(true);
            return;
          }
          setBanner(failureText(err, t, 'form.saveFailed'));
          if (applyApiErrors(err, setError, { fieldFor: formFieldFor, codeField }).length) focusFirstError();
        },
      },
    );
  };

  const copyBilling = () => setValue('shipping_address', { ...getValues('billing_address') }, { shouldDirty: true });

  return (
    <form ref={formRef} className={styles.form} noValidate onSubmit={handleSubmit((v) => submit(v), invalid)}>
      <FormAlert>{banner}</FormAlert>
      <MainFields register={register} setValue={setValue} values={values} errors={errors} />
      <PossibleDuplicates
        contactName={values.contact_name ?? ''}
        email={values.email ?? ''}
        phone={values.phone?.trim() ? values.phone : (values.mobile ?? '')}
        excludeId={contact?.contact_id}
      />
      <OtherFields register={register} errors={errors} ref_={ref_} currencyLocked={!!contact?.has_transaction} />
      <div className={styles.addresses}>
        <AddressFieldset kind="billing_address" legend={t('form.billing')} register={register} errors={errors} />
        <AddressFieldset
          kind="shipping_address"
          legend={t('form.shipping')}
          register={register}
          errors={errors}
          action={
            <div>
              <button type="button" className="btn btn-ghost" onClick={copyBilling}>
                {t('form.copyBilling')}
              </button>
            </div>
          }
        />
      </div>
      <PersonsFieldset control={control} register={register} errors={errors} />
      <div className={styles.footer}>
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? t('form.saving') : t('form.save')}
        </button>
        <button type="button" className="btn" onClick={() => navigate(-1)}>
          {t('form.cancel')}
        </button>
      </div>
      <LeaveGuard when={formState.isDirty && !saved.current && !save.isPending} />
      <ConflictDialog
        open={conflict}
        onOpenChange={setConflict}
        onReload={async () => {
          const fresh = await onReloadContact();
          setConflict(false);
          if (fresh) {
            reset(valuesFromContact(fresh));
            setLastModified(fresh.last_modified_time);
            clearErrors();
            setBanner('');
          }
        }}
        onOverwrite={async () => {
          const fresh = await onReloadContact();
          setConflict(false);
          if (fresh) {
            setLastModified(fresh.last_modified_time);
            submit(getValues(), fresh.last_modified_time);
          }
        }}
      />
    </form>
  );
}
