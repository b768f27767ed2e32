import { useLayoutEffect, useRef } from 'react';

/**
 * Remember what had focus when a dialog opened and give it back on close, also when the
 * dialog was opened from a menu item (Radix only restores focus to its own Trigger).
 */
export function useReturnFocus(open: boolean) {
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (open && document.activeElement instanceof HTMLElement && document.activeElement !== document.body) {
      opener.current = document.activeElement;
    }
  }, [open]);
  return (event: Event) => {
    const el = opener.current;
    if (el && el.isConnected) {
      event.preventDefault();
      el.focus();
    }
  };
}
