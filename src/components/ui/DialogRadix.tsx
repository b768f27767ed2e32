/**
 * The Radix half of ui/Dialog: loaded with import() the first time a dialog opens, so pages
 * whose dialogs stay closed never download Radix's dialog, focus-scope and scroll-lock code.
 */
import * as RD from '@radix-ui/react-dialog';
import * as RA from '@radix-ui/react-alert-dialog';
import type { ReactNode } from 'react';
import styles from './Dialog.module.css';

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
}

type Focus = { returnFocus: (event: Event) => void };

export function RadixDialog({ open, onOpenChange, title, description, children, footer, wide, returnFocus }: DialogProps & Focus) {
  return (
    <RD.Root open={open} onOpenChange={onOpenChange}>
      <RD.Portal>
        <RD.Overlay className={styles.overlay} />
        <RD.Content className={`${styles.content} ${wide ? styles.wide : ''}`} onCloseAutoFocus={returnFocus}>
          <RD.Title className={styles.title}>{title}</RD.Title>
          {description ? (
            <RD.Description className={styles.description}>{description}</RD.Description>
          ) : (
            <RD.Description className="visually-hidden">{title}</RD.Description>
          )}
          <div className={styles.body}>{children}</div>
          {footer && <div className={styles.footer}>{footer}</div>}
        </RD.Content>
      </RD.Portal>
    </RD.Root>
  );
}

export interface ConfirmProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  destructive?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  children?: ReactNode;
}

export function RadixConfirmDialog({ returnFocus, ...p }: ConfirmProps & Focus) {
  return (
    <RA.Root open={p.open} onOpenChange={p.onOpenChange}>
      <RA.Portal>
        <RA.Overlay className={styles.overlay} />
        <RA.Content className={styles.content} onCloseAutoFocus={returnFocus}>
          <RA.Title className={styles.title}>{p.title}</RA.Title>
          <RA.Description className={styles.description}>{p.description}</RA.Description>
          {p.children && <div className={styles.body}>{p.children}</div>}
          <div className={styles.footer}>
            <RA.Cancel className="btn">{p.cancelLabel}</RA.Cancel>
            <button type="button" className={`btn ${p.destructive ? 'btn-danger' : 'btn-primary'}`} disabled={p.busy} onClick={p.onConfirm}>
              {p.confirmLabel}
            </button>
          </div>
        </RA.Content>
      </RA.Portal>
    </RA.Root>
  );
}
