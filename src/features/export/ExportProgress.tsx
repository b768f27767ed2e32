/** "Fetching 400 of 10,000" then "Writing file…", as a progressbar with its text. */
import { formatNumber } from '../../lib/format';
import { useLocaleStore, useT } from '../../lib/i18n';
import type { ExportProgress as Progress } from './worker-client';
import styles from './Export.module.css';

export function ExportProgress({ progress }: { progress: Progress }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const text =
    progress.phase === 'writing'
      ? t('export.progress.writing')
      : t('export.progress.fetching', { done: formatNumber(progress.done, locale), total: formatNumber(progress.total, locale) });
  const max = progress.phase === 'fetching' ? Math.max(progress.total, 1) : undefined;
  const value = progress.phase === 'fetching' ? progress.done : undefined;
  return (
    <div className={styles.progress}>
      <div role="progressbar" aria-label={t('export.progress.label')} aria-valuemin={0} aria-valuemax={max} aria-valuenow={value} aria-valuetext={text}>
        <progress className={styles.bar} max={max} value={value} aria-hidden="true" />
      </div>
      <p role="status" className="field-hint">
        {text}
      </p>
    </div>
  );
}
