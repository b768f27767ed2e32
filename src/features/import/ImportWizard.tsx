/**
 * The import wizard at /customers/import: one step at a time, "Next" between steps, "Import"
 * at the end; focus moves to each step's heading so keyboard and screen-reader users follow.
 */
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useT, type MessageKey } from '../../lib/i18n';
import { DuplicatesStep } from './DuplicatesStep';
import { EncodingStep } from './EncodingStep';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { PlanTable } from './PlanTable';
import { PreviewStep, SkipInvalid } from './PreviewStep';
import { ResultStep } from './ResultStep';
import { RowsTable } from './RowsTable';
import { useImportWizard, type Step } from './use-import-wizard';
import styles from './Import.module.css';

const titles: Record<Step, MessageKey> = {
  file: 'import.step.file',
  encoding: 'import.step.encoding',
  mapping: 'import.step.mapping',
  preview: 'import.step.preview',
  duplicates: 'import.step.duplicates',
  result: 'import.step.result',
};

export function ImportWizard() {
  const t = useT();
  const w = useImportWizard();
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const steps: Step[] = ['file', ...(w.loaded?.inspection ? (['encoding'] as const) : []), 'mapping', 'preview', 'duplicates', 'result'];

  useEffect(() => {
    document.title = t('import.title');
  }, [t]);
  useEffect(() => {
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [w.step]);

  let body;
  switch (w.step) {
    case 'file':
      body = <FileStep key={w.generation} fileName={w.picked?.name ?? null} onFile={w.chooseFile} />;
      break;
    case 'encoding':
      body = w.loaded?.inspection && <EncodingStep inspection={w.loaded.inspection} encoding={w.encoding} onChange={w.setEncoding} />;
      break;
    case 'mapping':
      body = w.table && (
        <MappingStep
          table={w.table}
          fields={w.fields}
          mapping={w.mapping}
          labelOf={w.labelOf}
          onChange={w.setMapping}
          persons={w.personSheet}
          withPersons={w.withPersons}
          onWithPersons={w.setWithPersons}
        />
      );
      break;
    case 'preview':
      body = w.built ? (
        <PreviewStep
          built={w.built}
          skipInvalid={w.skipInvalid}
          onSkipInvalid={w.setSkipInvalid}
          orphanPersons={w.withPersons && w.personSheet ? { count: w.orphanPersons, sheet: w.personSheet.name } : null}
        />
      ) : (
        <p>{t('app.loading')}</p>
      );
      break;
    case 'duplicates':
      body = (
        <>
          {w.prefilled && <p className="field-hint">{t('import.save.prefilled')}</p>}
          <DuplicatesStep matchBy={w.matchBy} matchOptions={w.matchOptions} onMatchBy={w.setMatchBy} value={w.onDuplicate} onChange={w.setOnDuplicate} />
          {w.edited && w.preview && <PlanTable table={w.edited} columns={w.mappedColumns} rows={w.preview} dryRun={w.dryRun} onEdit={w.editCell} />}
          {w.refused && <RowsTable label={t('import.preview.invalidTable')} rows={w.refused} showStatus={false} />}
          {(w.refused || w.preview?.some((r) => r.action === 'invalid')) && <SkipInvalid checked={w.skipInvalid} onChange={w.setSkipInvalid} />}
          <label className="choice">
            <input type="checkbox" checked={w.saveSelections} onChange={(e) => w.setSaveSelections(e.target.checked)} />
            <span>{t('import.save')}</span>
          </label>
        </>
      );
      break;
    case 'result':
      body = w.outcome && (
        <ResultStep message={w.outcome.message} summary={w.outcome.summary} rows={w.outcome.rows} saveError={w.saveError} onAgain={w.reset} />
      );
      break;
  }

  const isLast = w.step === 'duplicates';
  return (
    <main className={`page ${styles.page}`}>
      <div className={styles.actions}>
        <h1>{t('import.title')}</h1>
        <Link to="/customers" className="btn btn-ghost">
          {t('import.toList')}
        </Link>
      </div>
      <ol className={styles.steps} aria-label={t('import.steps')}>
        {steps.map((s) => (
          <li key={s} aria-current={s === w.step ? 'step' : undefined}>
            {t(titles[s])}
          </li>
        ))}
      </ol>
      <section className={styles.panel} aria-labelledby="import-step-title" aria-busy={w.busy || undefined}>
        <h2 id="import-step-title" ref={heading} tabIndex={-1}>
          {t(titles[w.step])}
        </h2>
        {w.refsError && (
          <p className={styles.alert} role="alert">
            {t('import.failed', { message: w.refsError.message })}
          </p>
        )}
        {body}
        {w.error && (
          <p className={styles.alert} role="alert">
            {w.error}
          </p>
        )}
        {w.step !== 'result' && (
          <div className={styles.actions}>
            {w.step !== 'file' && (
              <button type="button" className="btn" onClick={w.back} disabled={w.busy}>
                {t('import.back')}
              </button>
            )}
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => void w.next()}
              disabled={w.busy || !w.refsReady || !!w.blocker}
              aria-describedby={w.blocker ? 'import-blocker' : undefined}
            >
              {w.busy ? t(isLast ? 'import.importing' : 'import.working') : t(isLast ? 'import.submit' : 'import.next')}
            </button>
            {w.blocker && (
              <span id="import-blocker" className="field-hint">
                {w.blocker}
              </span>
            )}
          </div>
        )}
      </section>
    </main>
  );
}
