/**
 * The designer panel's dialog: scenario (generated ones and the data files, by name), latency,
 * failure rate, scripted faults, acting user, today, "Reset data", and "Download data"/"Load
 * data", all talking to the embedded mock's control API (/__mock/*). Loaded on first open.
 */
import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { mockQueries } from '../../api/queries/mock-control';
import { mockFileQueries } from '../../api/queries/mock-snapshot';
import { referenceQueries } from '../../api/queries/reference';
import { scenarios, type LoadedScenario, type MockState, type ResetInput, type Scenario } from '../../api/schemas';
import { Dialog } from '../../components/ui/Dialog';
import { toast } from '../../components/ui/toast-store';
import { useT } from '../../lib/i18n';
import { formatNumber } from '../../lib/format';
import { useResetMock, useUpdateMockConfig } from './use-designer';
import { DesignerSettingsForm } from './DesignerSettingsForm';
import { DesignerDataFile } from './DesignerDataFile';

/** A data file's option in "Scenario" (generated scenarios are their own name). */
const FILE = 'file:';
/** What "Scenario" shows for the current data (a posted snapshot has no option of its own). */
const choiceOf = (s: MockState | undefined) => (s?.scenario === 'file' ? `${FILE}${s.name ?? ''}` : s && s.scenario !== 'snapshot' ? s.scenario : '');

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
  const files = useQuery({ ...mockFileQueries.files(), enabled: open });
  const [scenario, setScenario] = useState('');
  const [size, setSize] = useState('10000');

  const current = state.data;
  const chosen = scenario || choiceOf(current) || 'demo';
  const fileName = chosen.startsWith(FILE) ? chosen.slice(FILE.length) : null;
  const label = (s: Exclude<LoadedScenario, 'file'>) => t(`designer.scenario.${s}`);

  const onReset = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(size);
    const input: ResetInput =
      fileName !== null ? { scenario: 'file', name: fileName } : { scenario: chosen as Scenario, ...(chosen === 'large' ? { size: n } : {}) };
    reset.mutate(input, {
      onSuccess: () => toast.success(t('designer.resetDone', { scenario: fileName ?? label(chosen as Scenario) })),
      onError: (err) => toast.error(t('designer.resetFailed', { message: err.message })),
    });
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={t('designer.title')} description={t('designer.description')}>
      <form onSubmit={onReset} className="stack">
        <div className="field">
          <label htmlFor="designer-scenario">{t('designer.scenario')}</label>
          <select id="designer-scenario" className="select" value={chosen} onChange={(e) => setScenario(e.target.value)}>
            {scenarios.map((s) => (
              <option key={s} value={s}>
                {label(s)}
              </option>
            ))}
            {files.data?.map((f) => (
              <option key={f.name} value={`${FILE}${f.name}`} title={f.description}>
                {f.name}
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
            {current.scenario === 'file' || current.scenario === 'snapshot'
              ? t('designer.currentLoaded', { source: current.name ?? label('snapshot'), count: formatNumber(current.size) })
              : current.scenario === 'large'
                ? t('designer.current', { scenario: label(current.scenario), count: formatNumber(current.size), seed: current.seed })
                : t('designer.currentFixed', { scenario: label(current.scenario) })}
          </p>
        )}
        <div>
          <button type="submit" className="btn btn-primary" disabled={reset.isPending}>
            {reset.isPending ? t('designer.resetting') : t('designer.reset')}
          </button>
        </div>
      </form>
      <DesignerDataFile />
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
