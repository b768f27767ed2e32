// @vitest-environment jsdom
/**
 * A dialog whose code cannot be loaded (offline, or a deploy removed its chunk) says so in a
 * toast and closes; it never reaches the error boundary, and opening it again loads it.
 */
import { Component, useState, type ComponentType, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { t } from '../lib/i18n';
import { lazyDialog, preloadable } from './lazy';
import { Toaster } from './ui/Toaster';
import { useToastStore } from './ui/toast-store';

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

function LoadedDialog({ onOpenChange }: Props) {
  return (
    <div role="dialog" aria-label="Loaded dialog">
      <button type="button" onClick={() => onOpenChange(false)}>
        Close
      </button>
    </div>
  );
}

class Crash extends Component<{ children: ReactNode }, { crashed: boolean }> {
  state = { crashed: false };
  static getDerivedStateFromError() {
    return { crashed: true };
  }
  render() {
    return this.state.crashed ? <p>Crashed</p> : this.props.children;
  }
}

function Host({ Dialog }: { Dialog: ComponentType<Props> }) {
  const [open, setOpen] = useState(false);
  return (
    <Crash>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && <Dialog open onOpenChange={setOpen} />}
      <Toaster />
    </Crash>
  );
}

describe('lazyDialog', () => {
  afterEach(() => {
    cleanup();
    useToastStore.setState({ toasts: [] });
    vi.restoreAllMocks();
  });

  it('turns a failed chunk into a toast, and loads on the next try', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi
      .fn<() => Promise<typeof LoadedDialog>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(LoadedDialog);
    const Dialog = lazyDialog(load);
    render(<Host Dialog={Dialog} />);

    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect((await screen.findByRole('alert')).textContent).toContain(t('app.chunkFailed'));
    expect(screen.queryByText('Crashed')).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Open' })));
    expect(await screen.findByRole('dialog', { name: 'Loaded dialog' })).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.queryByText('Crashed')).toBeNull();
  });
});

describe('preloadable', () => {
  it('asks once for hover, focus and render, and again after a failure', async () => {
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue('code');
    const { load: once, preload } = preloadable(load);
    preload();
    await expect(once()).rejects.toThrow('offline');
    expect(load).toHaveBeenCalledTimes(1);
    preload();
    preload();
    await expect(once()).resolves.toBe('code');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
