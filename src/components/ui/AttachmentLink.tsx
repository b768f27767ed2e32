import { useState } from 'react';
import { previewKindOf } from '../../api/attachments';
import { previewOf, type Preview } from '../../lib/attachment-bytes';
import { fetchBlob, saveInert } from '../../lib/download';
import { errorText } from '../../lib/error-text';
import { useT } from '../../lib/i18n';
import { AttachmentPreview } from './AttachmentPreview';
import { toast } from './toast-store';

interface Props {
  url: string;
  fileName: string;
  /** The declared type (outbox metadata): only PDFs and PNG/JPEG images whose bytes agree are shown. */
  contentType: string;
  size?: number;
}

/**
 * An attachment: the name previews it in the page (PDF, PNG, JPEG) or else downloads it, the
 * arrow downloads it (both through the page's fetch). Downloads are application/octet-stream
 * blobs, so an HTML or SVG file is saved, never rendered on the app's origin.
 */
export function AttachmentLink({ url, fileName, contentType, size }: Props) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  // aria-disabled, not disabled: a disabled button loses focus, and the preview must give it back.
  const withFile = async (handle: (blob: Blob) => Promise<void> | void) => {
    if (busy) return;
    setBusy(true);
    try {
      await handle(await fetchBlob(url));
    } catch (err) {
      toast.error(t('attachment.downloadFailed', { message: errorText(err) }));
    } finally {
      setBusy(false);
    }
  };
  const open = (blob: Blob) =>
    blob.arrayBuffer().then((buffer) => {
      const found = previewOf(contentType, new Uint8Array(buffer));
      if (found) setPreview(found);
      else saveInert(blob, fileName);
    });
  const previewable = previewKindOf(contentType) !== null;
  return (
    <span className="row" style={{ display: 'inline-flex' }}>
      <button
        type="button"
        className="btn btn-ghost"
        aria-busy={busy || undefined}
        aria-disabled={busy || undefined}
        title={t(previewable ? 'attachment.preview' : 'attachment.downloadOnly')}
        onClick={() => void withFile(open)}
      >
        {fileName}
        {size !== undefined && <span className="field-hint"> {t('common.sizeKb', { size: Math.max(1, Math.round(size / 1024)) })}</span>}
      </button>
      <button
        type="button"
        className="btn btn-ghost"
        aria-busy={busy || undefined}
        aria-disabled={busy || undefined}
        onClick={() => void withFile((blob) => saveInert(blob, fileName))}
        aria-label={t('common.download', { name: fileName })}
      >
        ↓
      </button>
      <AttachmentPreview fileName={fileName} preview={preview} onClose={() => setPreview(null)} />
    </span>
  );
}
