import { useForm } from 'react-hook-form';
import { ERROR_RATE, LATENCY_MS, mockConfigSchema, type MockConfig, type MockState, type User } from '../../api/schemas';
import { applyApiErrors } from '../../components/forms/api-errors';
import { flatErrors, flatResolver, type FlatErrors } from '../../components/forms/form-errors';
import { useT } from '../../lib/i18n';
import { TodayField } from './TodayField';
import { faultErrors, faultFieldFor, faultToRow, rowToFault, type SettingsValues } from './fault-values';
import { FaultRows } from './FaultRows';

interface Props {
  state: MockState;
  users: User[];
  pending: boolean;
  /** Rejects with the API's refusal, whose field errors the form then shows. */
  onSave: (patch: Partial<MockConfig>) => Promise<unknown>;
}

/** The API's settings fields → the form's. */
const fieldFor = (apiField: string) =>
  apiField === 'latency_ms'
    ? 'latency'
    : apiField === 'error_rate'
      ? 'rate'
      : apiField === 'today'
        ? 'today'
        : apiField.startsWith('faults.')
          ? faultFieldFor(apiField)
          : null;

/** The API's field names → this form's. */

/** Whether a typed number is one the contract's field takes (empty is not a number). */
const takes = (field: keyof typeof mockConfigSchema.shape, typed: string) =>
  typed.trim() !== '' && mockConfigSchema.shape[field].safeParse(Number(typed)).success;

/**
 * Latency, failure rate, scripted faults and acting user; the acting user applies at once, the
 * rest on Apply (the faults only when changed here, so uses spent meanwhile are not restored).
 */
export function DesignerSettingsForm({ state, users, pending, onSave }: Props) {
  const t = useT();
  const initialFaults = JSON.stringify(state.faults.map((f) => rowToFault(faultToRow(f))));
  const { register, handleSubmit, formState, control, setError } = useForm<SettingsValues>({
    defaultValues: { latency: String(state.latency_ms), rate: String(state.error_rate), today: state.today ?? '', faults: state.faults.map(faultToRow) },
    // Checked as they are typed, with the contract's ranges.
    mode: 'onChange',
    resolver: flatResolver((v) => {
      const out: FlatErrors = {};
      if (!takes('latency_ms', v.latency)) out.latency = t('designer.invalidNumber', LATENCY_MS);
      if (!takes('error_rate', v.rate)) out.rate = t('designer.invalidNumber', ERROR_RATE);
      if (v.today !== '' && !mockConfigSchema.shape.today.safeParse(v.today).success) out.today = t('designer.invalidToday');
      return { ...out, ...faultErrors(v.faults, t) };
    }),
  });
  const errors = flatErrors(formState.errors);
  const latencyBad = !!errors.latency;
  const rateBad = !!errors.rate;

  const submit = handleSubmit(async (v) => {
    const faults = v.faults.map(rowToFault);
    const changed = JSON.stringify(faults) !== initialFaults;
    try {
      await onSave({ latency_ms: Number(v.latency), error_rate: Number(v.rate), today: v.today === '' ? null : v.today, ...(changed ? { faults } : {}) });
    } catch (err) {
      const marked = applyApiErrors(err, setError, { fieldFor });
      // The contract's words ("must be a real calendar date") said in the user's language.
      if (marked.includes('today')) setError('today', { type: 'server', message: t('designer.invalidToday') }, { shouldFocus: true });
    }
  });

  return (
    <form onSubmit={(e) => void submit(e)} className="stack" noValidate>
      <div className="field">
        <label htmlFor="designer-user">{t('designer.actingUser')}</label>
        <select
          id="designer-user"
          className="select"
          value={state.acting_user_id}
          onChange={(e) => void onSave({ acting_user_id: e.target.value }).catch(() => undefined)}
          disabled={pending}
        >
          {users.map((u) => (
            <option key={u.user_id} value={u.user_id}>
              {t(u.status === 'active' ? 'designer.userOption' : 'designer.userOptionInactive', { name: u.name, role: t(`nav.role.${u.role}`) })}
            </option>
          ))}
        </select>
      </div>
      <div className="row">
        <div className="field">
          <label htmlFor="designer-latency">{t('designer.latency')}</label>
          <input
            id="designer-latency"
            className="input"
            inputMode="numeric"
            {...register('latency')}
            aria-invalid={latencyBad}
            aria-describedby={latencyBad ? 'designer-latency-error' : undefined}
          />
          {latencyBad && (
            <span id="designer-latency-error" className="field-error">
              {errors.latency}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor="designer-rate">{t('designer.failureRate')}</label>
          <input
            id="designer-rate"
            className="input"
            inputMode="decimal"
            {...register('rate')}
            aria-invalid={rateBad}
            aria-describedby={rateBad ? 'designer-rate-error' : 'designer-rate-hint'}
          />
          <span id="designer-rate-hint" className="field-hint">
            {t('designer.failureRateHint')}
          </span>
          {rateBad && (
            <span id="designer-rate-error" className="field-error">
              {errors.rate}
            </span>
          )}
        </div>
      </div>
      <TodayField field={register('today')} error={errors.today} />
      <FaultRows control={control} register={register} errors={errors} disabled={pending} />
      <div>
        <button type="submit" className="btn" disabled={pending || Object.keys(errors).length > 0}>
          {t('designer.apply')}
        </button>
      </div>
    </form>
  );
}
