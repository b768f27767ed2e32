/** What a template looks like: a thumbnail of the PDF layout in its accent colour, or the email's subject and body. */
import type { CSSProperties } from 'react';
import type { Template } from '../../../api/schemas';
import { useT } from '../../../lib/i18n';
import styles from './Templates.module.css';

export function TemplatePreview({ template, id }: { template: Template | undefined; id: string }) {
  const t = useT();
  if (!template)
    return (
      <p id={id} className={styles.previewEmpty}>
        {t('templates.noPreview')}
      </p>
    );
  if (template.kind === 'pdf') {
    const layout = template.layout ?? 'standard';
    // The accent is data (any colour a template was made with), so it travels as a custom property.
    const accent = { '--accent': template.accent_color ?? 'var(--color-accent)' } as CSSProperties;
    return (
      <div id={id} className={styles.preview}>
        <div className={`${styles.sheet} ${styles[layout]}`} style={accent} aria-hidden="true">
          <span className={styles.sheetHead} />
          <span className={styles.sheetLine} />
          <span className={styles.sheetLine} />
          <span className={styles.sheetLineShort} />
        </div>
        <p className={styles.previewText}>
          {t('templates.layoutIs', { layout: t(`templates.layout.${layout}`) })}
          <br />
          {t('templates.accentIs', { color: template.accent_color ?? '—' })}
        </p>
      </div>
    );
  }
  return (
    <div id={id} className={styles.preview}>
      <div className={styles.mail}>
        <strong>{template.subject}</strong>
        <span className={styles.mailBody}>{(template.body ?? '').replace(/\s+/g, ' ').trim()}</span>
      </div>
    </div>
  );
}
