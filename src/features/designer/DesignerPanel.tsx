/**
 * The designer panel's button in the top bar. The dialog, its form library and its queries
 * load on first open, so the list's first load does not carry them.
 */
import { useState } from 'react';
import { lazyDialog, preloadable } from '../../components/lazy';
import { useT } from '../../lib/i18n';

const { load, preload } = preloadable(() => import('./DesignerDialog').then((m) => m.DesignerDialog));
const DesignerDialog = lazyDialog(load);

export function DesignerPanel() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn"
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        {t('designer.open')}
      </button>
      {opened && <DesignerDialog open={open} onOpenChange={setOpen} />}
    </>
  );
}
