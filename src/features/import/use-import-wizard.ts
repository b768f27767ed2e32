/**
 * The wizard's state and its transitions: file → encoding (CSV/TSV) → mapping → preview →
 * duplicates (match key, what a match does, the dry run's Preview) → result. Parsing runs in
 * the import worker; any problem with the file becomes a message on the step, never a crash.
 * Cells fixed in the Preview replace the file's before the rows are built, so they are what
 * is imported; the user's saved selections (match key, mapping) pre-fill the next import.
 */
import { useCallback, useMemo, useState } from 'react';
import { isApiError } from '../../api/client';
import { translate, useLocaleStore, useT, type MessageKey, type Vars } from '../../lib/i18n';
import type { TextEncodingName } from './encoding';
import { MAX_IMPORT_ROWS } from '../../api/limits';
import { checkFile, isTextKind, MAX_IMPORT_BYTES, type FileKind } from './file-check';
import { useImportContacts } from '../../api/queries/contact-import';
import { autoMatch, importFields, type ImportField, type ImportFieldKey } from './import-fields';
import { inspectText, parseFile } from './parse-client';
import { ParseError, type ParsedTable } from './parse-table';
import type { Inspection } from './protocol';
import { mergeResults, type ResultRow } from './results';
import { buildRows, type BuiltRow } from './row-builder';
import { attachPersons, readPersonSheet } from './person-sheet';
import { useImportRefs } from './use-import-refs';
import { applyEdits, previewRows, withEdit, type Edits } from './plan-rows';
import { useImportChoices } from './use-import-choices';
import { useDryRun } from './use-dry-run';
import type { ImportSummary } from '../../api/schemas';

export type Step = 'file' | 'encoding' | 'mapping' | 'preview' | 'duplicates' | 'result';

interface Loaded {
  name: string;
  kind: FileKind;
  bytes: ArrayBuffer;
  inspection: Inspection | null;
}

export interface Outcome {
  message: string;
  summary: ImportSummary;
  rows: ResultRow[];
}

const MB = 1024 * 1024;

export function useImportWizard() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const { refs, error: refsError } = useImportRefs();
  const importer = useImportContacts();
  const [step, setStep] = useState<Step>('file');
  const [picked, setPicked] = useState<File | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [encoding, setEncoding] = useState<TextEncodingName>('utf-8');
  const [table, setTable] = useState<ParsedTable | null>(null);
  const [mapping, setMapping] = useState<(ImportFieldKey | null)[]>([]);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [withPersons, setWithPersons] = useState(true);
  const choices = useImportChoices(refs?.customFields);
  const { matchBy, onDuplicate } = choices;
  const [edits, setEdits] = useState<Edits>({});
  const [refused, setRefused] = useState<ResultRow[] | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  const fields: ImportField[] = useMemo(() => importFields(refs?.customFields ?? []), [refs]);
  const tr = useCallback((key: MessageKey, vars?: Vars) => translate(locale, key, vars), [locale]);
  const labelOf = useCallback(
    (key: ImportFieldKey): string => {
      const f = fields.find((x) => x.key === key);
      return f?.labelKey ? translate(locale, f.labelKey) : (f?.label ?? key);
    },
    [fields, locale],
  );
  const headerTexts = (f: ImportField): string[] => (f.labelKey ? [translate('en', f.labelKey), translate(locale, f.labelKey)] : [f.label ?? '']);

  const needBuilt = step === 'preview' || step === 'duplicates' || step === 'result';
  // A workbook's second sheet of contact persons (the export writes one), if it is one.
  const personSheet = useMemo(() => readPersonSheet(table?.second), [table]);
  const withSheet = withPersons && personSheet ? personSheet : null;
  const edited = useMemo(() => (table ? applyEdits(table, edits) : null), [table, edits]);
  const builtWithPersons = useMemo(() => {
    if (!edited || !refs || !needBuilt) return null;
    const rows = buildRows(edited, mapping, refs, tr, labelOf);
    return withSheet ? attachPersons(rows, withSheet, tr) : { rows, orphans: 0 };
  }, [edited, mapping, refs, needBuilt, tr, labelOf, withSheet]);
  const built: BuiltRow[] | null = builtWithPersons?.rows ?? null;
  const sent = useMemo(() => built?.filter((b) => b.input !== null) ?? null, [built]);
  const invalidCount = built?.filter((b) => b.errors.length).length ?? 0;
  const dryRun = useDryRun(step === 'duplicates', sent, matchBy, onDuplicate);
  const preview = useMemo(() => (built ? previewRows(built, dryRun.plan, edits) : null), [built, dryRun.plan, edits]);
  const mappedColumns = useMemo(
    () => (table ? mapping.flatMap((k, col) => (k === null ? [] : [{ col, header: table.headers[col] || labelOf(k) }])) : []),
    [table, mapping, labelOf],
  );
  const editCell = useCallback((line: number, col: number, text: string) => setEdits((e) => withEdit(e, line, col, text)), []);

  const problem = (key: MessageKey, vars?: Vars) => setError(t(key, vars));

  function parseProblem(err: unknown) {
    if (err instanceof ParseError) problem(`import.problem.${err.problem}`, { max: MAX_IMPORT_ROWS.toLocaleString('en-US') });
    else problem('import.problem.unreadable');
  }

  async function toMapping(file: Loaded, enc: TextEncodingName) {
    const parsed = await parseFile(file.bytes, file.kind, enc);
    setTable(parsed);
    setEdits({});
    const auto = autoMatch(parsed.headers, fields, headerTexts);
    setMapping(choices.mappingFor(parsed.headers, auto, new Set(fields.map((f) => f.key))));
    setStep('mapping');
  }

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      if (isApiError(err)) setError(t('import.failed', { message: err.message }));
      else parseProblem(err);
    } finally {
      setBusy(false);
    }
  };

  function chooseFile(file: File | null) {
    setPicked(file);
    setError(null);
    if (!file) return;
    const check = checkFile(file.name, file.size);
    if (!check.ok) problem(`import.problem.${check.problem}`, { max: `${MAX_IMPORT_BYTES / MB} MB` });
  }

  async function fromFile() {
    if (!picked) return problem('import.problem.none');
    const check = checkFile(picked.name, picked.size);
    if (!check.ok) return problem(`import.problem.${check.problem}`, { max: `${MAX_IMPORT_BYTES / MB} MB` });
    const bytes = await picked.arrayBuffer();
    const file: Loaded = { name: picked.name, kind: check.kind, bytes, inspection: null };
    if (isTextKind(check.kind)) {
      const inspection = await inspectText(bytes);
      if (inspection.binary) return problem('import.problem.binary');
      setLoaded({ ...file, inspection });
      setEncoding(inspection.suggested);
      setStep('encoding');
      return;
    }
    setLoaded(file);
    await toMapping(file, 'utf-8');
  }

  async function doImport() {
    if (!built || !sent) return;
    if (sent.length === 0) {
      const answer = {
        message: t('import.nothingSent'),
        results: [],
        summary: { created: 0, updated: 0, overwritten: 0, skipped: 0, invalid: 0 },
        written: false,
      };
      setOutcome({ message: answer.message, ...mergeResults(built, sent, answer) });
      setStep('result');
      return;
    }
    const answer = await importer.mutateAsync({
      rows: sent.map((b) => b.input ?? { contact_name: '' }),
      match_by: matchBy,
      on_duplicate: onDuplicate,
      skip_invalid: skipInvalid,
    });
    const merged = mergeResults(built, sent, answer);
    if (!answer.written) {
      setRefused(merged.rows.filter((r) => r.status === 'invalid'));
      setError(t('import.failed', { message: answer.message }));
      return;
    }
    setRefused(null);
    if (table) await choices.save(table.headers, mapping);
    setOutcome({ message: t('import.completed'), ...merged });
    setStep('result');
  }

  const mappedTwice = mapping.some((k, i) => k !== null && mapping.indexOf(k) !== i);
  const blocker: string | null =
    step === 'file' && !picked
      ? t('import.block.noFile')
      : step === 'mapping' && !mapping.includes('contact_name')
        ? t('import.block.noName')
        : step === 'mapping' && mappedTwice
          ? t('import.block.twice')
          : (step === 'preview' || step === 'duplicates') && invalidCount > 0 && !skipInvalid
            ? t('import.block.invalid')
            : null;

  const next = () =>
    run(async () => {
      if (step === 'file') await fromFile();
      else if (step === 'encoding' && loaded) await toMapping(loaded, encoding);
      else if (step === 'mapping') setStep('preview');
      else if (step === 'preview') setStep('duplicates');
      else if (step === 'duplicates') await doImport();
    });

  const back = () => {
    setError(null);
    setRefused(null);
    const order: Step[] = ['file', ...(loaded?.inspection ? (['encoding'] as const) : []), 'mapping', 'preview', 'duplicates'];
    const i = order.indexOf(step);
    if (i > 0) setStep(order[i - 1]);
  };

  const reset = () => {
    setStep('file');
    setPicked(null);
    setLoaded(null);
    setTable(null);
    setMapping([]);
    setSkipInvalid(false);
    setWithPersons(true);
    choices.reset();
    setEdits({});
    setRefused(null);
    setOutcome(null);
    setError(null);
    setGeneration((g) => g + 1);
  };

  return {
    step,
    picked,
    loaded,
    encoding,
    setEncoding,
    table,
    fields,
    mapping,
    setMapping,
    labelOf,
    built,
    personSheet,
    withPersons,
    setWithPersons,
    orphanPersons: builtWithPersons?.orphans ?? 0,
    skipInvalid,
    setSkipInvalid,
    ...choices,
    edited,
    editCell,
    preview,
    mappedColumns,
    dryRun,
    refused,
    outcome,
    busy,
    error,
    refsReady: !!refs && choices.choicesReady,
    refsError,
    blocker,
    next,
    back,
    reset,
    chooseFile,
    generation,
  };
}
