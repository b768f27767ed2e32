/**
 * "Print Statements": one PDF in which every selected customer's statement for the period
 * starts on a new page, made in the PDF worker with progress, then the print dialog (and a
 * download, for printing elsewhere).
 */
import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { BulkSelection } from '../../../lib/customer-selection';
import { Dialog, type ActionDialogProps } from '../../../components/ui/Dialog';
import { saveBlob } from '../../../lib/download';
import { errorText } from '../../../lib/error-text';
import { useT } from '../../../lib/i18n';
import { statementsFileName } from '../../../lib/pdf/file-name';
import { printPdf } from '../../../lib/pdf/print';
import { isValidRange } from '../../../lib/periods';
import { fetchStatements } from '../../../api/queries/statements';
import { fetchPdfContext, toDocInput } from '../pdf-context';
import { PeriodFields, usePeriod } from './PeriodFields';
import { ProgressBar } from './ProgressBar';
import { useTargets } from './use-targets';
import styles from '../Statements.module.css';

type State =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'ready'; blob: Blob; count: number; fileName: string }
  | { kind: 'failed'; message: string };

export function PrintStatementsDialog({ open, onOpenChange, context: sel }: ActionDialogProps<BulkSelection>) {
  const t = useT();
  const qc = useQueryClient();
  const [period, setPeriod] = usePeriod();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const targets = useTargets(sel);
  const valid = isValidRange(period.range);

  const print = async () => {
    const customers = targets.data;
    if (!customers?.length) return;
    const ctrl = new AbortController();
    controller.current = ctrl;
    const { range } = period;
    setState({ kind: 'running', done: 0, total: customers.length });
    try {
      const [ctx, statements, client] = await Promise.all([
        fetchPdfContext(qc),
        fetchStatements(
          customers.map((c) => c.contact_id),
          range,
          'all',
          ctrl.signal,
        ),
        import('../../../lib/pdf/client'),
      ]);
      const blob = await client.renderStatementsPdf(
        { org: ctx.org, statements: statements.map((s) => toDocInput(ctx, s)) },
        { signal: ctrl.signal, onProgress: (done, total) => setState({ kind: 'running', done, total }) },
      );
      setState({ kind: 'ready', blob, count: statements.length, fileName: statementsFileName(range.start, range.end) });
      await printPdf(blob);
    } catch (err) {
      setState(ctrl.signal.aborted ? { kind: 'idle' } : { kind: 'failed', message: errorText(err) });
    } finally {
      controller.current = null;
    }
  };

  const close = (o: boolean) => {
    if (o) return;
    controller.current?.abort();
    onOpenChange(false);
  };
  const running = state.kind === 'running';

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title={t('statement.bulk.printTitle')}
      description={t('statement.bulk.printIntro')}
      footer={
        <>
          <button type="button" className="btn" onClick={() => (running ? controller.current?.abort() : close(false))}>
            {state.kind === 'ready' ? t('common.close') : t('common.cancel')}
          </button>
          {state.kind === 'ready' ? (
            <>
              <button type="button" className="btn" onClick={() => saveBlob(state.blob, state.fileName)}>
                {t('statement.bulk.download')}
              </button>
              <button type="button" className="btn btn-primary" onClick={() => void printPdf(state.blob)}>
                {t('statement.bulk.printAgain')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="btn btn-primary"
              disabled={running || !valid || !targets.data?.length}
              aria-busy={running || undefined}
              onClick={() => void print()}
            >
              {t('statement.bulk.print')}
            </button>
          )}
        </>
      }
    >
      <div className={styles.panel}>
        <PeriodFields
          value={period}
          onChange={(v) => {
            setPeriod(v);
            if (state.kind === 'ready' || state.kind === 'failed') setState({ kind: 'idle' });
          }}
          disabled={running}
          invalid={!valid}
          errorId="stmt-print-range"
        />
        {!valid && (
          <p id="stmt-print-range" role="alert" className="field-error">
            {t('statement.invalidRange')}
          </p>
        )}
        <p className="field-hint">{t('statement.bulk.count', { count: sel.count })}</p>
        {targets.isPending && <p role="status">{t('statement.bulk.checking')}</p>}
        {targets.isError && <p role="alert">{t('statement.bulk.loadFailed', { message: targets.error.message })}</p>}
        {running && (
          <ProgressBar
            key="generating"
            label={t('statement.bulk.generating', { done: state.done, total: state.total })}
            done={state.done}
            total={state.total}
          />
        )}
        {state.kind === 'ready' && <p role="status">{t('statement.bulk.printReady', { count: state.count })}</p>}
        {state.kind === 'failed' && <p role="alert">{t('statement.printFailed', { message: state.message })}</p>}
      </div>
    </Dialog>
  );
}
