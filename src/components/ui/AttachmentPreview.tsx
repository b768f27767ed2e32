/**
 * An attachment shown inside the page: an image, or a PDF in the browser's PDF viewer, never a
 * document of the app's origin. The bytes were checked (lib/attachment-bytes) and the blob is
 * typed as their signature says, so the frame can only be an image, the PDF viewer (whose
 * scripts cannot reach the page) or the fallback text.
 *
 * Why `<object>` and not `<iframe sandbox>`: Chromium refuses to run its PDF viewer inside any
 * sandboxed frame, so a sandboxed preview would always be blank.
 */
import { useEffect, useState } from 'react';
import { saveInert } from '../../lib/download';
import type { Preview } from '../../lib/attachment-bytes';
import { useT } from '../../lib/i18n';
import { Dialog } from './Dialog';
import styles from './AttachmentPreview.module.css';

/** A blob URL for as long as the blob is shown (revoked after, also under StrictMode's re-run). */
function useObjectUrl(blob: Blob | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) return undefined;
    const href = URL.createObjectURL(blob);
    setUrl(href);
    return () => {
      URL.revokeObjectURL(href);
      setUrl(null);
    };
  }, [blob]);
  return url;
}

interface Props {
  fileName: string;
  preview: Preview | null;
  onClose: () => void;
}

export function AttachmentPreview({ fileName, preview, onClose }: Props) {
  const t = useT();
  const url = useObjectUrl(preview?.blob ?? null);
  return (
    <Dialog
      open={preview !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={t('attachment.previewTitle', { name: fileName })}
      wide
      footer={
        <>
          <button type="button" className="btn" disabled={!preview} onClick={() => preview && saveInert(preview.blob, fileName)}>
            {t('common.download', { name: fileName })}
          </button>
          <button type="button" className="btn btn-primary" onClick={onClose}>
            {t('common.close')}
          </button>
        </>
      }
    >
      {url && preview?.kind === 'image' && <img className={styles.image} src={url} alt={fileName} />}
      {url && preview?.kind === 'pdf' && (
        <object className={styles.pdf} data={url} type="application/pdf" aria-label={fileName} title={fileName}>
          <p>{t('attachment.noPdfViewer')}</p>
        </object>
      )}
    </Dialog>
  );
}
