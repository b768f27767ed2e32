/** "Attach unpaid invoices list" and, once made, the PDF as a chip that opens it. */
import { useId } from 'react';
import { openPdf } from '../../../lib/download';
import { useT } from '../../../lib/i18n';
import { ComposerAlert } from '../../../components/email/ComposerAlert';
import { CheckboxField } from '../../../components/ui/Fields';
import type { AttachmentState } from './use-unpaid-attachment';
import styles from './Email.module.css';

interface Props {
  state: AttachmentState;
  onChange: (on: boolean) => void;
}

export function AttachmentField({ state, onChange }: Props) {
  const t = useT();
  const id = useId();
  const hint = state.status === 'making' ? t('email.attachMaking') : state.status === 'ready' ? undefined : t('email.attachHint');
  return (
    <div className="stack">
      <CheckboxField id={id} label={t('email.attach')} checked={state.status !== 'off'} hint={hint} onChange={(e) => onChange(e.target.checked)} />
      {state.status === 'failed' && (
        <ComposerAlert>
          {t('email.attachFailed', { message: state.message })}{' '}
          <button type="button" className="btn btn-ghost" onClick={() => onChange(true)}>
            {t('common.retry')}
          </button>
        </ComposerAlert>
      )}
      {state.status === 'ready' && (
        <ul className={styles.chips} aria-label={t('email.attachments')}>
          <li className={styles.chip}>
            <button type="button" className={styles.chipOpen} onClick={() => openPdf(state.file.blob)}>
              <span className={styles.fileType} aria-hidden="true">
                PDF
              </span>
              {state.file.fileName}
              <span className={styles.chipMeta}>
                {' '}
                {t('email.attachMeta', { count: state.file.invoiceCount, size: Math.max(1, Math.round(state.file.blob.size / 1024)) })}
              </span>
            </button>
            <button
              type="button"
              className={styles.chipRemove}
              aria-label={t('email.attachRemove', { name: state.file.fileName })}
              onClick={() => onChange(false)}
            >
              ×
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}
