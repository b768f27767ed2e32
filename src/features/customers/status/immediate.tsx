/**
 * One-click actions (Mark as Inactive/Active, Stop/Enable All Reminders) that run as soon as
 * their menu item is chosen: the host mounts the action's "dialog", which runs the action once,
 * says what happened in a toast with Undo, and closes itself.
 */
import { useEffect, useRef } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ContactResult } from '../../../api/queries/contact-mutations';
import { toast } from '../../../components/ui/toast-store';
import { useT } from '../../../lib/i18n';

export const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

interface Props {
  /** Do it; the answer's message is the toast. */
  run: (qc: QueryClient) => Promise<ContactResult>;
  /** Put it back (offered as Undo). */
  undo: (qc: QueryClient) => Promise<ContactResult>;
  onDone: () => void;
}

export function ImmediateAction({ run, undo, onDone }: Props) {
  const t = useT();
  const qc = useQueryClient();
  // Strict mode runs effects twice; the action must run once.
  const started = useRef(false);
  const mounted = useRef(true);
  const latest = useRef({ run, undo, onDone, undoLabel: t('common.undo') });

  useEffect(() => {
    mounted.current = true;
    if (started.current) return () => void (mounted.current = false);
    started.current = true;
    const { run, undo, onDone, undoLabel } = latest.current;
    const revert = async () => {
      try {
        toast.success((await undo(qc)).message);
      } catch (err) {
        toast.error(errorText(err));
      }
    };
    run(qc)
      .then(({ message }) => toast.success(message, { label: undoLabel, onClick: () => void revert() }))
      .catch((err: unknown) => toast.error(errorText(err)))
      // Closing after another action was opened meanwhile would close that one.
      .finally(() => mounted.current && onDone());
    return () => void (mounted.current = false);
  }, [qc]);

  return (
    <span role="status" className="visually-hidden">
      {t('act.working')}
    </span>
  );
}
