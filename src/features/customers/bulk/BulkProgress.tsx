/**
 * While a bulk call runs. It is one request (even for a select-all over 100,000 customers), so
 * there is no per-customer progress to report: an indeterminate bar named by what is happening.
 */
import styles from './Bulk.module.css';

export function BulkProgress({ label }: { label: string }) {
  return (
    <div className={styles.progress}>
      <progress aria-label={label} />
      <span aria-hidden="true">{label}</span>
    </div>
  );
}
