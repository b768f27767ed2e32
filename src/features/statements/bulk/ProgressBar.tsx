/** A determinate progress bar whose text says what is happening ("Generating 7 of 25"). */
import type { CSSProperties } from 'react';
import styles from '../Statements.module.css';

export function ProgressBar({ label, done, total }: { label: string; done: number; total: number }) {
  const pct = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div role="progressbar" className={styles.progress} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-valuetext={label} aria-label={label}>
      <div className={styles.track}>
        <div className={styles.fill} style={{ '--pct': `${pct}%` } as CSSProperties} />
      </div>
      <span className={styles.progressText}>{label}</span>
    </div>
  );
}
