// @vitest-environment jsdom
/** A one-click action runs when chosen and says so in a toast whose Undo puts it back. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { t } from '../lib/i18n';
import { useOneClick } from './one-click';
import { useToastStore } from './ui/toast-store';

describe('useOneClick', () => {
  afterEach(() => {
    cleanup();
    useToastStore.setState({ toasts: [] });
  });

  it('runs once, toasts the answer with Undo, and Undo toasts its own answer', async () => {
    const run = vi.fn(() => Promise.resolve({ message: 'Marked as inactive.' }));
    const undo = vi.fn(() => Promise.resolve({ message: 'Marked as active.' }));
    const { result } = renderHook(() => useOneClick());
    act(() => result.current.start({ run, undo }));
    expect(result.current.busy).toBe(true);
    await waitFor(() => expect(result.current.busy).toBe(false));
    expect(run).toHaveBeenCalledTimes(1);
    const [toast] = useToastStore.getState().toasts;
    expect(toast).toMatchObject({ kind: 'success', message: 'Marked as inactive.', action: { label: t('common.undo') } });

    toast.action?.onClick();
    await waitFor(() => expect(useToastStore.getState().toasts.at(-1)?.message).toBe('Marked as active.'));
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it('says why it failed, with no Undo', async () => {
    const { result } = renderHook(() => useOneClick());
    act(() => result.current.start({ run: () => Promise.reject(new Error('Network down')) }));
    await waitFor(() => expect(useToastStore.getState().toasts).toHaveLength(1));
    expect(useToastStore.getState().toasts[0]).toMatchObject({ kind: 'error', message: 'Network down' });
  });
});
