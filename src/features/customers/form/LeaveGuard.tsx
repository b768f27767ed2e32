import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/Dialog';
import { useT } from '../../../lib/i18n';

/** Unsaved changes: ask before leaving the page (in-app navigation and tab close). */
export function LeaveGuard({ when }: { when: boolean }) {
  const t = useT();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);

  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      onOpenChange={(open) => !open && blocker.reset?.()}
      title={t('form.leave.title')}
      description={t('form.leave.body')}
      confirmLabel={t('form.leave.confirm')}
      cancelLabel={t('form.leave.stay')}
      destructive
      onConfirm={() => blocker.proceed?.()}
    />
  );
}
