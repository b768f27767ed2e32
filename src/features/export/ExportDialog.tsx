/**
 * "Export Customers": format, scope, fields (and a contact persons sheet for XLS/XLSX). The
 * file is made in a worker while this dialog shows progress; Cancel stops it at once.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { contactQueries } from '../../api/queries/contacts';
import { referenceQueries } from '../../api/queries/reference';
import type { ListContext } from '../../lib/customer-selection';
import { Dialog, type ActionDialogProps } from '../../components/ui/Dialog';
import { toast } from '../../components/ui/toast-store';
import { saveBlob } from '../../lib/download';
import { errorText } from '../../lib/error-text';
import { formatNumber } from '../../lib/format';
import { useLocaleStore, useT } from '../../lib/i18n';
import { buildJob, sourceOf } from './build-job';
import { ExportProgress } from './ExportProgress';
import { allFields, chosenFields, defaultFieldKeys, needsDetails, type FieldKey } from './fields';
import { FieldPicker } from './FieldPicker';
import { exceedsXlsLimit, exportFileName, XLS_MAX_DATA_ROWS, type ExportFormat, type ExportScope } from './row-mapping';
import { useExportPrefetch } from './use-export-prefetch';
import { viewFieldKeys } from './view-columns';
import { ExportError, prewarmExportWorker, releaseSpareWorker, runExport, type ExportProgress as Progress } from './worker-client';
import styles from './Export.module.css';

const formats: { value: ExportFormat; label: string }[] = [
  { value: 'csv', label: 'CSV' },
  { value: 'xls', label: 'XLS' },
  { value: 'xlsx', label: 'XLSX' },
];
const scopes: ExportScope[] = ['all', 'view', 'selected'];
const defaultSet: ReadonlySet<FieldKey> = new Set(defaultFieldKeys);

type Status = { kind: 'idle' } | { kind: 'running'; progress: Progress } | { kind: 'error'; message: string; xls?: boolean };

export function ExportDialog({ open, onOpenChange, context }: ActionDialogProps<ListContext>) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const sel = context.selection;
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [scope, setScope] = useState<ExportScope>(sel.count > 0 ? 'selected' : 'view');
  // Until the user picks, a custom view's columns are the default (once custom fields are known).
  const [picked, setChosen] = useState<Set<FieldKey> | null>(null);
  const [persons, setPersons] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const abortRef = useRef<AbortController | null>(null);

  const currencies = useQuery(referenceQueries.currencies());
  const pricebooks = useQuery(referenceQueries.pricebooks());
  const customFields = useQuery(referenceQueries.customFields());
  const allCount = useQuery({ ...contactQueries.list({ filter_by: 'Status.All', per_page: 1, page: 1 }), enabled: open });

  const fields = useMemo(() => allFields(customFields.data ?? []), [customFields.data]);
  const viewKeys = useMemo(() => viewFieldKeys(context.columns, customFields.data ?? []), [context.columns, customFields.data]);
  const chosen = picked ?? (scope !== 'all' && viewKeys ? viewKeys : defaultSet);
  const counts: Record<ExportScope, number | undefined> = {
    all: allCount.data?.page_context.total,
    view: context.total,
    selected: sel.count,
  };
  const count = counts[scope];
  const tooManyForXls = count !== undefined && exceedsXlsLimit(format, count);
  const running = status.kind === 'running';
  const refsReady = !!currencies.data && !!pricebooks.data;
  const source = sourceOf(scope, context);
  const details = needsDetails(chosenFields(fields, chosen), persons && format !== 'csv');
  // The rows are fetched while the user chooses; "Export" then mostly writes the file.
  const takePrefetch = useExportPrefetch(open && !tooManyForXls, source, details, count);

  // Closing the dialog (Escape, unmount) stops an export in flight, and the worker started ahead.
  useEffect(
    () => () => {
      abortRef.current?.abort();
      releaseSpareWorker();
    },
    [],
  );
  // The worker (and SheetJS, for XLS/XLSX) loads while the user chooses.
  useEffect(() => {
    if (open) prewarmExportWorker(format);
  }, [open, format]);

  const start = async () => {
    if (!currencies.data || !pricebooks.data || tooManyForXls || chosen.size === 0) return;
    const columns = chosenFields(fields, chosen);
    const withPersons = persons && format !== 'csv';
    const job = buildJob(t, format, columns, withPersons, currencies.data, pricebooks.data);
    const controller = new AbortController();
    abortRef.current = controller;
    setStatus({ kind: 'running', progress: { phase: 'fetching', done: 0, total: count ?? 0 } });
    performance.mark('export:start');
    try {
      const result = await runExport(job, source, {
        signal: controller.signal,
        onProgress: (progress) => setStatus({ kind: 'running', progress }),
        prefetched: takePrefetch(source, job.details),
      });
      const name = exportFileName(scope, format);
      saveBlob(result.blob, name);
      // "Export" pressed → file handed to the browser; `npm run bench` reads this measure.
      performance.measure('export', 'export:start');
      toast.success(t('export.done', { count: formatNumber(result.rows, locale), file: name }));
      setStatus({ kind: 'idle' });
      onOpenChange(false);
    } catch (err) {
      if (err instanceof ExportError && err.code === 'cancelled') setStatus({ kind: 'idle' });
      else if (err instanceof ExportError && err.code === 'xls_limit') {
        setStatus({
          kind: 'error',
          xls: true,
          message: t('export.xlsLimit', { max: formatNumber(XLS_MAX_DATA_ROWS, locale), count: formatNumber(err.rows, locale) }),
        });
      } else setStatus({ kind: 'error', message: t('export.failed', { message: errorText(err) }) });
    } finally {
      if (abortRef.current === controller) abortRef.current = null;
    }
  };

  const cancel = () => {
    if (running) abortRef.current?.abort();
    else onOpenChange(false);
  };

  const xlsAlert = tooManyForXls
    ? t('export.xlsLimit', { max: formatNumber(XLS_MAX_DATA_ROWS, locale), count: formatNumber(count ?? 0, locale) })
    : status.kind === 'error' && status.xls
      ? status.message
      : null;

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('export.title')}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={cancel}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={running || !refsReady || tooManyForXls || chosen.size === 0} onClick={() => void start()}>
            {t('export.submit')}
          </button>
        </>
      }
    >
      <fieldset className={styles.fieldset} disabled={running}>
        <legend>{t('export.format')}</legend>
        <div className="choices">
          {formats.map((f) => (
            <label key={f.value} className="choice">
              <input type="radio" name="export-format" value={f.value} checked={format === f.value} onChange={() => setFormat(f.value)} />
              <span>{f.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className={styles.fieldset} disabled={running}>
        <legend>{t('export.scope')}</legend>
        <div className="choices">
          {scopes.map((s) => (
            <span key={s} className="choice">
              <label className="choice">
                <input
                  type="radio"
                  name="export-scope"
                  value={s}
                  checked={scope === s}
                  disabled={s === 'selected' && sel.count === 0}
                  onChange={() => setScope(s)}
                  aria-describedby={`export-count-${s}`}
                />
                <span>{t(`export.scope.${s}`)}</span>
              </label>
              <span id={`export-count-${s}`} className={styles.count}>
                {counts[s] === undefined ? '' : t('export.scope.count', { count: formatNumber(counts[s] ?? 0, locale) })}
              </span>
            </span>
          ))}
        </div>
      </fieldset>
      {xlsAlert && (
        <div role="alert" className={styles.alert}>
          <span>{xlsAlert}</span>
          <button
            type="button"
            className="btn"
            onClick={() => {
              setFormat('xlsx');
              setStatus({ kind: 'idle' });
            }}
          >
            {t('export.useXlsx')}
          </button>
        </div>
      )}
      <FieldPicker fields={fields} chosen={chosen} onChange={setChosen} disabled={running} />
      {format !== 'csv' && (
        <label className="choice">
          <input type="checkbox" checked={persons} disabled={running} onChange={(e) => setPersons(e.target.checked)} />
          <span>{t('export.personsSheet')}</span>
        </label>
      )}
      <p className="field-hint">{t('export.guardHint')}</p>
      {status.kind === 'running' && <ExportProgress progress={status.progress} />}
      {status.kind === 'error' && !status.xls && (
        <p role="alert" className="field-error">
          {status.message}
        </p>
      )}
    </Dialog>
  );
}
