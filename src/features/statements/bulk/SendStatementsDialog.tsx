/**
 * "Send Statements": one period for every selected customer; customers without any contact
 * email are listed as skipped before sending; then a progress bar (Generating, then Sending
 * k of N) with Cancel, and the Results table, from which failed ones can be retried.
 */
import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { BulkSelection } from '../../../lib/customer-selection';
import type { StatementMailContent } from '../../../api/schemas';
import { Dialog, type ActionDialogProps } from '../../../components/ui/Dialog';
import { ResultsTable, type ResultTone } from '../../../components/ui/ResultsTable';
import { useT } from '../../../lib/i18n';
import { isValidRange } from '../../../lib/periods';
import { statementQueries } from '../../../api/queries/statements';
import { recipientOf, type ItemStatus } from './bulk-send';
import { PeriodFields, usePeriod } from './PeriodFields';
import { ProgressBar } from './ProgressBar';
import { summarise, useSendRun } from './use-send-run';
import { useTargets } from './use-targets';
import styles from '../Statements.module.css';

const tone: Record<ItemStatus, ResultTone> = { pending: 'pending', sent: 'ok', skipped: 'skipped', failed: 'failed' };

export function SendStatementsDialog({ open, onOpenChange, context: sel }: ActionDialogProps<BulkSelection>) {
  const t = useT();
  const [period, setPeriod] = usePeriod();
  const valid = isValidRange(period.range);
  const targets = useTargets(sel);
  const customers = useMemo(() => targets.data ?? [], [targets.data]);
  const mailResults = useQueries({
    queries: customers.map((c) => ({ ...statementQueries.mail(c.contact_id, period.range), enabled: valid })),
  });
  const mailsLoading = mailResults.some((q) => q.isPending);
  const mailError = mailResults.find((q) => q.isError)?.error;
  const mails = new Map<string, StatementMailContent>();
  customers.forEach((c, i) => {
    const data = mailResults[i]?.data;
    if (data) mails.set(c.contact_id, data);
  });
  const skipped = customers.filter((c) => mails.has(c.contact_id) && !recipientOf(mails.get(c.contact_id)!));
  const sendable = customers.length - skipped.length;
  const run = useSendRun();
  const failed = run.items.filter((i) => i.status === 'failed');

  const close = (o: boolean) => {
    if (o) return;
    run.cancel();
    if (run.state === 'done' && failed.length) sel.keepOnly(failed.map((f) => f.contact_id));
    onOpenChange(false);
  };
  const send = () => void run.start(customers, mails, period.range);
  const retry = () =>
    void run.start(
      customers.filter((c) => failed.some((f) => f.contact_id === c.contact_id)),
      mails,
      period.range,
    );

  const loading = targets.isPending || (valid && mailsLoading);
  const loadError = targets.error ?? mailError;
  const canSend = run.state === 'idle' && valid && !loading && !loadError && sendable > 0;
  const phaseLabel =
    run.phase && t(run.phase.phase === 'generating' ? 'statement.bulk.generating' : 'statement.bulk.sending', { done: run.phase.done, total: run.phase.total });

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      wide
      title={t('statement.bulk.sendTitle')}
      description={t('statement.bulk.sendIntro')}
      footer={
        <>
          <button type="button" className="btn" onClick={() => (run.state === 'running' ? run.cancel() : close(false))}>
            {run.state === 'done' ? t('common.close') : t('common.cancel')}
          </button>
          {run.state === 'done' && failed.length > 0 && (
            <button type="button" className="btn btn-primary" onClick={retry}>
              {t('statement.bulk.retry', { count: failed.length })}
            </button>
          )}
          {run.state !== 'done' && (
            <button type="button" className="btn btn-primary" disabled={!canSend} aria-busy={run.state === 'running' || undefined} onClick={send}>
              {t('statement.bulk.send')}
            </button>
          )}
        </>
      }
    >
      <div className={styles.panel}>
        <PeriodFields value={period} onChange={setPeriod} disabled={run.state !== 'idle'} invalid={!valid} errorId="stmt-bulk-range" />
        {!valid && (
          <p id="stmt-bulk-range" role="alert" className="field-error">
            {t('statement.invalidRange')}
          </p>
        )}
        <p className="field-hint">{t('statement.bulk.count', { count: sel.count })}</p>
        {loading && <p role="status">{t('statement.bulk.checking')}</p>}
        {loadError && <p role="alert">{t('statement.bulk.loadFailed', { message: loadError.message })}</p>}
        {run.state === 'idle' && skipped.length > 0 && (
          <div>
            <p>{t('statement.bulk.willSkip')}</p>
            <ul className={styles.skipped}>
              {skipped.map((c) => (
                <li key={c.contact_id}>
                  {c.contact_name}: {t('statement.bulk.noEmail')}
                </li>
              ))}
            </ul>
          </div>
        )}
        {run.state === 'idle' && !loading && !loadError && customers.length > 0 && sendable === 0 && <p role="alert">{t('statement.bulk.nobody')}</p>}
        {run.phase && phaseLabel && <ProgressBar key={run.phase.phase} label={phaseLabel} done={run.phase.done} total={run.phase.total} />}
        {run.state === 'done' && <p role="status">{t('statement.bulk.summary', summarise(run.items))}</p>}
        {run.items.length > 0 && (
          <ResultsTable
            label={t('statement.bulk.results')}
            columns={{ customer: t('statement.bulk.col.customer'), status: t('statement.bulk.col.status'), detail: t('statement.bulk.col.details') }}
            rows={run.items.map((it) => ({
              id: it.contact_id,
              name: it.contact_name,
              status: tone[it.status],
              statusText: t(`statement.bulk.status.${it.status}`),
              detail: it.message,
            }))}
            nameHeadsRow
          />
        )}
      </div>
    </Dialog>
  );
}
