import type { ReactNode } from 'react';
import styles from './FormAlert.module.css';

/** A form's message that belongs to no field (a refusal naming none, a failure); nothing when empty. */
export function FormAlert({ children }: { children?: ReactNode }) {
  if (!children) return null;
  return (
    <p role="alert" className={styles.alert}>
      {children}
    </p>
  );
}
