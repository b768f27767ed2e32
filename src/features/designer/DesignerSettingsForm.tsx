import { useState, type FormEvent } from 'react';
import type { MockConfig, MockState, User } from '../../api/schemas';
import { useT } from '../../lib/i18n';

interface Props {
  state: MockState;
  users: User[];
  pending: boolean;
  onSave: (patch: Partial<MockConfig>) => void;
}

/** Latency, failure rate and acting user; the acting user applies at once, numbers on Apply. */
export function DesignerSettingsForm({ state, users, pending, onSave }: Props) {
  const t = useT();
  const [latency, setLatency] = useState(String(state.latency_ms));
  const [rate, setRate] = useState(String(state.error_rate));
  const latencyN = Number(latency);
  const rateN = Number(rate);
  const latencyBad = latency.trim() === '' || !Number.isInteger(latencyN) || latencyN < 0 || latencyN > 60000;
  const rateBad = rate.trim() === '' || Number.isNaN(rateN) || rateN < 0 || rateN > 1;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (latencyBad || rateBad) return;
    onSave({ latency_ms: latencyN, error_rate: rateN });
  };

  return (
    <form onSubmit={submit} className="stack" noValidate>
      <div className="field">
        <label htmlFor="designer-user">{t('designer.actingUser')}</label>
        <select
          id="designer-user"
          className="select"
          value={state.acting_user_id}
          onChange={(e) => onSave({ acting_user_id: e.target.value })}
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
            value={latency}
            onChange={(e) => setLatency(e.target.value)}
            aria-invalid={latencyBad}
            aria-describedby={latencyBad ? 'designer-latency-error' : undefined}
          />
          {latencyBad && (
            <span id="designer-latency-error" className="field-error">
              {t('designer.invalidNumber', { min: 0, max: 60000 })}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor="designer-rate">{t('designer.failureRate')}</label>
          <input
            id="designer-rate"
            className="input"
            inputMode="decimal"
            value={rate}
            onChange={(e) => setRate(e.target.value)}
            aria-invalid={rateBad}
            aria-describedby={rateBad ? 'designer-rate-error' : 'designer-rate-hint'}
          />
          <span id="designer-rate-hint" className="field-hint">
            {t('designer.failureRateHint')}
          </span>
          {rateBad && (
            <span id="designer-rate-error" className="field-error">
              {t('designer.invalidNumber', { min: 0, max: 1 })}
            </span>
          )}
        </div>
      </div>
      <div>
        <button type="submit" className="btn" disabled={pending || latencyBad || rateBad}>
          {t('designer.apply')}
        </button>
      </div>
    </form>
  );
}
