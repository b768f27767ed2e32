import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../../lib/i18n';
import { TOAST_MS, useToastStore, type Toast } from './toast-store';
import styles from './Toaster.module.css';

function ToastItem({ toast }: { toast: Toast }) {
  const t = useT();
  const dismiss = useToastStore((s) => s.dismiss);
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(() => dismiss(toast.id), TOAST_MS[toast.kind]);
    return () => clearTimeout(timer);
  }, [dismiss, paused, toast.id, toast.kind]);

  return (
    <div
      role={toast.kind === 'error' ? 'alert' : 'status'}
      className={`${styles.toast} ${styles[toast.kind]}`}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <span className={styles.message}>{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="btn btn-ghost"
          onClick={() => {
            toast.action?.onClick();
            dismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className={`btn btn-ghost ${styles.close}`} aria-label={t('common.dismiss')} onClick={() => dismiss(toast.id)}>
        ×
      </button>
    </div>
  );
}

/**
 * Where toasts appear: success as `status`, failures as `alert` (ui-contract "Feedback").
 * The region is a live region in its own portal, so an open modal dialog (which hides the rest
 * of the page from assistive technology) leaves it readable.
 */
export function Toaster() {
  const t = useT();
  const toasts = useToastStore((s) => s.toasts);
  return createPortal(
    <section aria-label={t('common.notifications')} aria-live="polite" className={styles.region}>
      {toasts.map((item) => (
        <ToastItem key={item.id} toast={item} />
      ))}
    </section>,
    document.body,
  );
}
