import type { UseFormRegister } from 'react-hook-form';
import type { Currency, CustomField, PaymentTerm, Pricebook, User } from '../../../api/schemas';
import { useT } from '../../../lib/i18n';
import { SelectField, TextField } from '../../../components/ui/Fields';
import { cfKey, type FormErrors, type FormValues } from './form-values';
import styles from './CustomerForm.module.css';

export interface ReferenceData {
  currencies: Currency[];
  terms: PaymentTerm[];
  pricebooks: Pricebook[];
  users: User[];
  customFields: CustomField[];
  me: User;
}

interface Props {
  register: UseFormRegister<FormValues>;
  errors: FormErrors;
  ref_: ReferenceData;
  currencyLocked: boolean;
}

/** Language, currency, terms, price list, owner, custom fields and remarks. */
export function OtherFields({ register, errors, ref_, currencyLocked }: Props) {
  const t = useT();
  const owners = ref_.users.filter((u) => u.role === 'staff_assigned' && u.status === 'active');
  const ownerHint = ref_.me.role === 'admin' ? undefined : ref_.me.role === 'staff_assigned' ? t('form.ownerSelf') : t('form.ownerLocked');
  return (
    <section className={styles.section}>
      <div className={styles.grid3}>
        <SelectField id="language_code" label={t('form.language')} {...register('language_code')}>
          <option value="en">{t('form.language.en')}</option>
          <option value="ja">{t('form.language.ja')}</option>
        </SelectField>
        <SelectField
          id="currency_id"
          label={t('form.currency')}
          disabled={currencyLocked}
          hint={currencyLocked ? t('form.currencyLocked') : undefined}
          error={errors.currency_id}
          {...register('currency_id')}
        >
          {ref_.currencies.map((c) => (
            <option key={c.currency_id} value={c.currency_id}>
              {c.currency_code} - {c.currency_name ?? c.currency_symbol}
            </option>
          ))}
        </SelectField>
        <SelectField id="payment_terms" label={t('form.paymentTerms')} error={errors.payment_terms} {...register('payment_terms')}>
          {ref_.terms.map((p) => (
            <option key={p.payment_terms} value={String(p.payment_terms)}>
              {p.payment_terms_label}
            </option>
          ))}
        </SelectField>
        <SelectField id="pricebook_id" label={t('form.priceList')} error={errors.pricebook_id} {...register('pricebook_id')}>
          <option value="">{t('form.noPriceList')}</option>
          {ref_.pricebooks.map((p) => (
            <option key={p.pricebook_id} value={p.pricebook_id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="owner_id"
          label={t('form.owner')}
          disabled={ref_.me.role !== 'admin'}
          hint={ownerHint}
          error={errors.owner_id}
          {...register('owner_id')}
        >
          <option value="">{t('form.noOwner')}</option>
          {owners.map((u) => (
            <option key={u.user_id} value={u.user_id}>
              {u.name}
            </option>
          ))}
          {ref_.me.role === 'staff_assigned' && !owners.some((u) => u.user_id === ref_.me.user_id) && <option value={ref_.me.user_id}>{ref_.me.name}</option>}
        </SelectField>
      </div>
      {ref_.customFields.length > 0 && (
        <fieldset className={styles.fieldset}>
          <legend>{t('form.customFields')}</legend>
          <div className={styles.grid2}>
            {ref_.customFields.map((f) =>
              f.data_type === 'dropdown' ? (
                <SelectField
                  key={f.customfield_id}
                  id={`cf-${f.customfield_id}`}
                  label={f.label}
                  error={errors[`custom.${cfKey(f.customfield_id)}`]}
                  {...register(`custom.${cfKey(f.customfield_id)}`)}
                >
                  <option value="">{t('form.select')}</option>
                  {f.options.map((o) => (
                    <option key={o} value={o}>
                      {o}
                    </option>
                  ))}
                </SelectField>
              ) : (
                <TextField
                  key={f.customfield_id}
                  id={`cf-${f.customfield_id}`}
                  label={f.label}
                  type={f.data_type === 'date' ? 'date' : 'text'}
                  inputMode={f.data_type === 'number' ? 'decimal' : undefined}
                  error={errors[`custom.${cfKey(f.customfield_id)}`]}
                  {...register(`custom.${cfKey(f.customfield_id)}`)}
                />
              ),
            )}
          </div>
        </fieldset>
      )}
      <div className="field">
        <label htmlFor="notes">{t('form.remarks')}</label>
        <textarea id="notes" className="textarea" rows={3} aria-invalid={!!errors.notes} {...register('notes')} />
        {errors.notes && <span className="field-error">{errors.notes}</span>}
      </div>
    </section>
  );
}
