/** The attached PDF as a chip: its name and size, opening it in a new tab; "Making…" until ready. */
import { openPdf } from '../../lib/download';
import { useT } from '../../lib/i18n';
import styles from './Statements.module.css';

export function AttachmentChip({ fileName, blob }: { fileName: string; blob: Blob | null }) {
  const t = useT();
  if (!blob) {
    return (
      <span className={styles.chip} role="status">
        {t('statement.email.attachmentMaking', { name: fileName })}
      </span>
    );
  }
  return (
    <button type="button" className={styles.chip} onClick={() => openPdf(blob)} aria-label={t('statement.email.openAttachment', { name: fileName })}>
      <span className={styles.fileTag} aria-hidden="true">
        PDF
      </span>{' '}
      {fileName} <span className="field-hint">{t('common.sizeKb', { size: Math.max(1, Math.round(blob.size / 1024)) })}</span>
    </button>
  );
}
