import { useState } from 'react';
import { fetchBlob, openBlob, saveBlob } from '../../lib/download';
import { useT } from '../../lib/i18n';
import { toast } from './toast-store';

interface Props {
  url: string;
  fileName: string;
  size?: number;
}

/** An attachment: the name opens it, the arrow downloads it (both through the page's fetch). */
export function AttachmentLink({ url, fileName, size }: Props) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const run = async (how: 'open' | 'save') => {
    setBusy(true);
    try {
      const blob = await fetchBlob(url);
      if (how === 'open') openBlob(blob);
      else saveBlob(blob, fileName);
    } catch (err) {
      toast.error(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="row" style={{ display: 'inline-flex' }}>
      <button type="button" className="btn btn-ghost" disabled={busy} onClick={() => void run('open')}>
        {fileName}
        {size !== undefined && <span className="field-hint"> {t('common.sizeKb', { size: Math.max(1, Math.round(size / 1024)) })}</span>}
      </button>
      <button type="button" className="btn btn-ghost" disabled={busy} onClick={() => void run('save')} aria-label={t('common.download', { name: fileName })}>
        ↓
      </button>
    </span>
  );
}
