/**
 * The designer panel's button in the top bar. The dialog, its form library and its queries
 * load on first open, so the list's first load does not carry them.
 */
import { useState } from 'react';
import { lazyDialog } from '../../components/lazy';
import { useT } from '../../lib/i18n';

const loadDialog = () => import('./DesignerDialog');
const DesignerDialog = lazyDialog(() => loadDialog().then((m) => m.DesignerDialog));

export function DesignerPanel() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn"
        onPointerEnter={() => void loadDialog().catch(() => undefined)}
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
