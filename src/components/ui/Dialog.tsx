/**
 * Dialogs: a `dialog` (or `alertdialog` for confirmations) named by its title, closing with
 * Escape and returning focus to what opened it. Radix does the work (DialogRadix.tsx); it is
 * loaded the first time a dialog opens and stays mounted after, so closing follows Radix's path.
 */
import { useState, type ComponentType, type ReactNode } from 'react';
import type { ConfirmProps, DialogProps } from './DialogRadix';
import { lazyLoad, type LoadProps } from '../lazy';
import { useReturnFocus } from './use-return-focus';

export type { ConfirmProps, DialogProps };

/** What a page passes to an action's dialog it hosts: open state, and what it acts on. */
export interface ActionDialogProps<C> {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  context: C;
}

type Focus = { returnFocus: (event: Event) => void };
const RadixDialog = lazyLoad<DialogProps & Focus>(() => import('./DialogRadix').then((m) => m.RadixDialog));
const RadixConfirm = lazyLoad<ConfirmProps & Focus>(() => import('./DialogRadix').then((m) => m.RadixConfirmDialog));

/**
 * Renders nothing (and loads no Radix) until `open` is first true, then the Radix dialog. If its
 * code cannot be loaded, the dialog closes with a toast and the next open tries again.
 */
function LazyRadix<P extends { open: boolean; onOpenChange: (open: boolean) => void }>({
  Radix,
  props,
}: {
  Radix: ComponentType<P & Focus & LoadProps>;
  props: P;
}): ReactNode {
  const returnFocus = useReturnFocus(props.open);
  const [opened, setOpened] = useState(props.open);
  if (props.open && !opened) setOpened(true);
  if (!opened && !props.open) return null;
  return (
    <Radix
      {...props}
      returnFocus={returnFocus}
      onLoadFailed={() => {
        setOpened(false);
        props.onOpenChange(false);
      }}
    />
  );
}

export function Dialog(props: DialogProps) {
  return <LazyRadix Radix={RadixDialog} props={props} />;
}

/** A confirmation (`alertdialog`) that states the consequence; the primary button says the verb. */
export function ConfirmDialog(props: ConfirmProps) {
  return <LazyRadix Radix={RadixConfirm} props={props} />;
}
