/**
 * The import's choices beyond the mapping: the match key, what a match does, and the user's
 * saved selections (GET/PUT /settings/importmappings): read when a file is mapped, saved on
 * import when "Save these selections for future imports" is ticked.
 */
import { useMemo, useState } from 'react';
import { useImportMapping, useSaveImportMapping } from '../../api/queries/import-mapping';
import type { CustomField } from '../../api/schemas';
import { translate, useLocaleStore, useT } from '../../lib/i18n';
import type { MatchOption, OnDuplicate } from './DuplicatesStep';
import type { ImportFieldKey } from './import-fields';
import { prefillMapping, savedColumns } from './plan-rows';

export function useImportChoices(customFields: CustomField[] | undefined) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const saved = useImportMapping();
  const saveMapping = useSaveImportMapping();
  const [onDuplicate, setOnDuplicate] = useState<OnDuplicate>('skip');
  const [matchBy, setMatchBy] = useState('contact_name');
  const [saveSelections, setSaveSelections] = useState(false);
  const [prefilled, setPrefilled] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  const matchOptions: MatchOption[] = useMemo(
    () => [
      { value: 'contact_name', label: translate(locale, 'import.match.contact_name') },
      { value: 'email', label: translate(locale, 'import.match.email') },
      ...(customFields ?? []).flatMap((f) => (f.is_unique && f.api_name ? [{ value: f.api_name, label: f.label }] : [])),
    ],
    [customFields, locale],
  );

  /** The mapping for a new file: the automatic one, or the saved choices where they apply. */
  function mappingFor(headers: string[], auto: (ImportFieldKey | null)[], known: Set<string>): (ImportFieldKey | null)[] {
    const mine = saved.data;
    if (!mine) return auto;
    setMatchBy(matchOptions.some((o) => o.value === mine.match_by) ? mine.match_by : 'contact_name');
    setOnDuplicate(mine.on_duplicate);
    setSaveSelections(true);
    setPrefilled(true);
    return prefillMapping(headers, auto, mine.columns, known);
  }

  /** After a written import; a failure is said on the result, it never undoes the import. */
  async function save(headers: string[], mapping: (ImportFieldKey | null)[]) {
    if (!saveSelections) return;
    try {
      await saveMapping.mutateAsync({ columns: savedColumns(headers, mapping), match_by: matchBy, on_duplicate: onDuplicate });
      setSaveError(null);
    } catch (err) {
      setSaveError(t('import.save.failed', { message: err instanceof Error ? err.message : String(err) }));
    }
  }

  function reset() {
    setOnDuplicate('skip');
    setMatchBy('contact_name');
    setSaveSelections(false);
    setPrefilled(false);
    setSaveError(null);
  }

  return {
    /** The saved selections have been read (or could not be): a mapped file can use them. */
    choicesReady: !saved.isPending,
    onDuplicate,
    setOnDuplicate,
    matchBy,
    setMatchBy,
    matchOptions,
    saveSelections,
    setSaveSelections,
    prefilled,
    saveError,
    mappingFor,
    save,
    reset,
  };
}
