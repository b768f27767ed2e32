/**
 * One-click actions (Mark as Inactive/Active, Stop/Enable All Reminders): the host runs the
 * action as soon as its item is chosen and says what happened in a toast, with Undo when the
 * action has one. Undo outlives the host, so both are plain functions.
 */
import { useState } from 'react';
import { errorText } from '../lib/error-text';
import { t } from '../lib/i18n';
import { toast } from './ui/toast-store';

export interface OneClickAction {
  /** Do it; the answer's message is the toast, and so is a rejection's (both already in the user's language). */
  run: () => Promise<{ message: string }>;
  /** Put it back (offered as Undo in the toast). */
  undo?: () => Promise<{ message: string }>;
}

async function runUndo(undo: () => Promise<{ message: string }>): Promise<void> {
  try {
    toast.success((await undo()).message);
  } catch (err) {
    toast.error(errorText(err));
  }
}

async function runOneClick({ run, undo }: OneClickAction): Promise<void> {
  try {
    const { message } = await run();
    toast.success(message, undo ? { label: t('common.undo'), onClick: () => void runUndo(undo) } : undefined);
  } catch (err) {
    toast.error(errorText(err));
  }
}

/** Runs one-click actions; `busy` while any is under way (for a "Working…" status). */
export function useOneClick(): { busy: boolean; start: (action: OneClickAction) => void } {
  const [running, setRunning] = useState(0);
  return {
    busy: running > 0,
    start: (action) => {
      setRunning((n) => n + 1);
      void runOneClick(action).finally(() => setRunning((n) => n - 1));
    },
  };
}
