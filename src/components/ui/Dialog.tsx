/**
 * Dialogs: a `dialog` (or `alertdialog` for confirmations) named by its title, closing with
 * Escape and returning focus to what opened it. Radix does the work (DialogRadix.tsx); it is
 * loaded the first time a dialog opens and stays mounted after, so closing follows Radix's path.
 */
import { lazy, Suspense, useState } from 'react';
import type { ConfirmProps, DialogProps } from './DialogRadix';
import { useReturnFocus } from './use-return-focus';

export type { ConfirmProps, DialogProps };

const load = () => import('./DialogRadix');
const LazyDialog = lazy(() => load().then((m) => ({ default: m.RadixDialog })));
const LazyConfirm = lazy(() => load().then((m) => ({ default: m.RadixConfirmDialog })));

/** True from the first time `open` is true: until then nothing (and no Radix) is rendered. */
function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}

export function Dialog(props: DialogProps) {
  const returnFocus = useReturnFocus(props.open);
  if (!useOpenedOnce(props.open)) return null;
  return (
    <Suspense fallback={null}>
      <LazyDialog {...props} returnFocus={returnFocus} />
    </Suspense>
  );
}

/** A confirmation (`alertdialog`) that states the consequence; the primary button says the verb. */
export function ConfirmDialog(props: ConfirmProps) {
  const returnFocus = useReturnFocus(props.open);
  if (!useOpenedOnce(props.open)) return null;
  return (
    <Suspense fallback={null}>
      <LazyConfirm {...props} returnFocus={returnFocus} />
    </Suspense>
  );
}
