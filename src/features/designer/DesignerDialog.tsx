/**
 * The designer panel's dialog: scenario, latency, failure rate, scripted faults, acting user, today and "Reset data",
 * all talking to the embedded mock's control API (/__mock/*). Loaded on first open.
 */
import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { mockQueries } from '../../api/queries/mock-control';
import { referenceQueries } from '../../api/queries/reference';
import { scenarios, type Scenario } from '../../api/schemas';
import { Dialog } from '../../components/ui/Dialog';
import { toast } from '../../components/ui/toast-store';
import { useT } from '../../lib/i18n';
import { formatNumber } from '../../lib/format';
import { useResetMock, useUpdateMockConfig } from './use-designer';
import { DesignerSettingsForm } from './DesignerSettingsForm';

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function DesignerDialog({ open, onOpenChange }: Props) {
  const t = useT();
  const state = useQuery({ ...mockQueries.state(), enabled: open });
  const users = useQuery({ ...referenceQueries.users(), enabled: open });
  const reset = useResetMock();
  const update = useUpdateMockConfig();
  const [scenario, setScenario] = useState<Scenario | ''>('');
  const [size, setSize] = useState('10000');

  const current = state.data;
  const chosen: Scenario = scenario || current?.scenario || 'demo';

  const onReset = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(size);
    reset.mutate(
      { scenario: chosen, ...(chosen === 'large' ? { size: n } : {}) },
      {
        onSuccess: () => toast.success(t('designer.resetDone', { scenario: t(`designer.scenario.${chosen}`) })),
        onError: (err) => toast.error(t('designer.resetFailed', { message: err.message })),
      },
    );
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t('designer.title')} description={t('designer.description')}>
      <form onSubmit={onReset} className="stack">
        <div className="field">
          <label htmlFor="designer-scenario">{t('designer.scenario')}</label>
          <select id="designer-scenario" className="select" value={chosen} onChange={(e) => setScenario(e.target.value as Scenario)}>
            {scenarios.map((s) => (
              <option key={s} value={s}>
                {t(`designer.scenario.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {chosen === 'large' && (
          <div className="field">
            <label htmlFor="designer-size">{t('designer.size')}</label>
            <select id="designer-size" className="select" value={size} onChange={(e) => setSize(e.target.value)}>
              {['1000', '10000', '100000'].map((n) => (
                <option key={n} value={n}>
                  {formatNumber(Number(n))}
                </option>
              ))}
            </select>
          </div>
        )}
        {current && (
          <p className="field-hint">
            {t('designer.current', { scenario: t(`designer.scenario.${current.scenario}`), count: formatNumber(current.size), seed: current.seed })}
          </p>
        )}
        <div>
          <button type="submit" className="btn btn-primary" disabled={reset.isPending}>
            {reset.isPending ? t('designer.resetting') : t('designer.reset')}
          </button>
        </div>
      </form>
      {current && users.data && (
        <DesignerSettingsForm
          key={`${current.latency_ms}-${current.error_rate}-${current.acting_user_id}-${current.today}-${JSON.stringify(current.faults)}`}
          state={current}
          users={users.data}
          pending={update.isPending}
          onSave={(patch) =>
            update.mutateAsync(patch).then(
              () => toast.success(t('designer.configSaved')),
              (err: Error) => {
                toast.error(t('designer.configFailed', { message: err.message }));
                throw err;
              },
            )
          }
        />
      )}
    </Dialog>
  );
}
