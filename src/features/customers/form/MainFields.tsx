import type { UseFormRegister, UseFormSetValue } from 'react-hook-form';
import { useT } from '../../../lib/i18n';
import { CheckboxField, TextField } from '../../../components/ui/Fields';
import { displayNameSuggestions, type FormErrors, type FormValues } from './form-values';
import styles from './CustomerForm.module.css';

interface Props {
  register: UseFormRegister<FormValues>;
  setValue: UseFormSetValue<FormValues>;
  values: FormValues;
  errors: FormErrors;
}

const salutations = ['', 'Mr.', 'Mrs.', 'Ms.', 'Miss', 'Dr.'];

/** Type, primary contact, company, display name (with suggestions), email, phones, website, portal. */
export function MainFields({ register, setValue, values, errors }: Props) {
  const t = useT();
  const suggestions = displayNameSuggestions(values).filter((s) => s !== values.contact_name);
  return (
    <section className={styles.section}>
      <fieldset className={styles.radios}>
        <legend>{t('form.customerType')}</legend>
        <label className="row">
          <input type="radio" value="business" {...register('customer_sub_type')} /> {t('form.business')}
        </label>
        <label className="row">
          <input type="radio" value="individual" {...register('customer_sub_type')} /> {t('form.individual')}
        </label>
      </fieldset>
      <fieldset className={styles.radios} style={{ flexDirection: 'column' }}>
        <legend>{t('form.primaryContact')}</legend>
        <div className={styles.grid3}>
          <div className="field">
            <label htmlFor="salutation">{t('form.salutation')}</label>
            <select id="salutation" className="select" {...register('salutation')}>
              {salutations.map((s) => (
                <option key={s} value={s}>
                  {s || t('form.select')}
                </option>
              ))}
            </select>
          </div>
          <TextField id="first_name" label={t('form.firstName')} error={errors.first_name} {...register('first_name')} />
          <TextField id="last_name" label={t('form.lastName')} error={errors.last_name} {...register('last_name')} />
        </div>
      </fieldset>
      <div className={styles.grid2}>
        <TextField id="company_name" label={t('form.companyName')} error={errors.company_name} {...register('company_name')} />
        <div className="stack" style={{ gap: 'var(--space-1)' }}>
          <TextField
            id="contact_name"
            label={t('form.displayName')}
            required
            aria-required="true"
            error={errors.contact_name}
            hint={t('form.displayNameHint')}
            {...register('contact_name')}
          />
          {suggestions.length > 0 && (
            <div className={styles.suggestions}>
              {suggestions.map((s) => (
                <button key={s} type="button" className="btn btn-ghost" onClick={() => setValue('contact_name', s, { shouldDirty: true })}>
                  {s}
                </button>
              ))}
            </div>
          )}
        </div>
      </div>
      <div className={styles.grid2}>
        <TextField id="email" type="email" label={t('form.email')} error={errors.email} {...register('email')} />
        <TextField id="website" label={t('form.website')} error={errors.website} {...register('website')} />
        <TextField id="phone" type="tel" label={t('form.workPhone')} error={errors.phone} {...register('phone')} />
        <TextField id="mobile" type="tel" label={t('form.mobile')} error={errors.mobile} {...register('mobile')} />
      </div>
      <CheckboxField
        id="is_portal_enabled"
        label={t('form.portal')}
        hint={t('form.portalHint')}
        error={errors.is_portal_enabled}
        {...register('is_portal_enabled')}
      />
    </section>
  );
}
