/**
 * The dry run behind the Preview table: whenever the rows sent or the choices change (a cell
 * fixed, another match key), the plan is asked for again, debounced, the previous request
 * cancelled. Nothing is written by it.
 */
import { useEffect, useState } from 'react';
import { isApiError } from '../../api/client';
import { checkImport } from '../../api/queries/contact-import';
import type { ImportDuplicateAction, ImportPlanRow } from '../../api/schemas';
import { planByLine } from './plan-rows';
import type { BuiltRow } from './row-builder';

/** Typing in a cell waits this long before the rows are checked again. */
export const DRY_RUN_DEBOUNCE_MS = 300;

export interface DryRun {
  plan: ReadonlyMap<number, ImportPlanRow> | null;
  checking: boolean;
  error: string | null;
  retry: () => void;
}

export function useDryRun(active: boolean, sent: readonly BuiltRow[] | null, matchBy: string, onDuplicate: ImportDuplicateAction): DryRun {
  const [plan, setPlan] = useState<ReadonlyMap<number, ImportPlanRow> | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!active || !sent) return;
    if (sent.length === 0) {
      setPlan(new Map());
      setChecking(false);
      return;
    }
    const ctl = new AbortController();
    setChecking(true);
    const timer = setTimeout(() => {
      checkImport({ rows: sent.map((b) => b.input ?? { contact_name: '' }), match_by: matchBy, on_duplicate: onDuplicate, skip_invalid: false }, ctl.signal)
        .then((answer) => {
          setPlan(planByLine(answer.plan, sent));
          setError(null);
        })
        .catch((err: unknown) => {
          if (ctl.signal.aborted) return;
          setError(isApiError(err) ? err.message : String(err));
        })
        .finally(() => {
          if (!ctl.signal.aborted) setChecking(false);
        });
    }, DRY_RUN_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [active, sent, matchBy, onDuplicate, attempt]);

  return { plan: active ? plan : null, checking: active && checking, error: active ? error : null, retry: () => setAttempt((a) => a + 1) };
}
