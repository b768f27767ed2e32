/** What went wrong in an email dialog (a failed send, a load, an attachment), as an `alert`. */
import type { ReactNode } from 'react';
import styles from './Email.module.css';

export function ComposerAlert({ children }: { children: ReactNode }) {
  return (
    <div role="alert" className={styles.alert}>
      {children}
    </div>
  );
}
