/**
 * "?" anywhere on the list page (not while typing) opens the keyboard shortcuts; the dialog's
 * code loads on first use.
 */
import { useEffect, useState } from 'react';
import { lazyLoad } from '../../../components/lazy';

const ShortcutsDialog = lazyLoad(() => import('./ShortcutsDialog').then((m) => m.ShortcutsDialog));

const isTyping = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export function ShortcutsKey() {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (document.querySelector('[role="dialog"],[role="alertdialog"]')) return;
      e.preventDefault();
      setOpened(true);
      setOpen(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  // A chunk that fails to load is retried on the next "?" (lazyLoad says so with a toast).
  return opened ? <ShortcutsDialog open={open} onOpenChange={setOpen} onLoadFailed={() => setOpened(false)} /> : null;
}
