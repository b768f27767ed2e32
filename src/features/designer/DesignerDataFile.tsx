/**
 * "Download data" and "Load data": the mock's whole data set as a JSON file (a snapshot
 * document) and back. The download is a Blob saved through `<a download>`, never opened; a
 * refused file is explained here and changes nothing.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import { isApiError } from '../../api/client';
import { downloadMockSnapshot } from '../../api/queries/mock-snapshot';
import { toast } from '../../components/ui/toast-store';
import { saveInert } from '../../lib/download';
import { formatNumber } from '../../lib/format';
import { useT } from '../../lib/i18n';
import { useLoadSnapshot } from './use-designer';

/** `customers-mock-2026-06-30.json` */
const downloadName = () => `customers-mock-${new Date().toISOString().slice(0, 10)}.json`;

export function DesignerDataFile() {
  const t = useT();
  const load = useLoadSnapshot();
  const [downloading, setDownloading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const onDownload = async () => {
    setDownloading(true);
    try {
      saveInert(await downloadMockSnapshot(), downloadName());
    } catch (err) {
      toast.error(t('designer.downloadFailed', { message: err instanceof Error ? err.message : String(err) }));
    } finally {
      setDownloading(false);
    }
  };

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setError(null);
    load.mutate(file, {
      onSuccess: (state) => toast.success(t('designer.loadDone', { file: file.name, count: formatNumber(state.size) })),
      onError: (err) => {
        const first = isApiError(err) ? err.errors[0] : undefined;
        setError(
          first
            ? t('designer.loadFailedAt', { message: err.message, field: first.field, detail: first.message })
            : t('designer.loadFailed', { message: err.message }),
        );
      },
      // The same file may be chosen again after it was fixed.
      onSettled: () => {
        if (input.current) input.current.value = '';
      },
    });
  };

  return (
    <div className="stack">
      <div className="row">
        <button type="button" className="btn" onClick={() => void onDownload()} disabled={downloading}>
          {t('designer.download')}
        </button>
      </div>
      <div className="field">
        <label htmlFor="designer-load">{t('designer.load')}</label>
        <input
          ref={input}
          id="designer-load"
          type="file"
          accept="application/json,.json"
          className="input"
          onChange={onFile}
          disabled={load.isPending}
          aria-describedby={error ? 'designer-load-error' : 'designer-load-hint'}
        />
        <span id="designer-load-hint" className="field-hint">
          {load.isPending ? t('designer.loading') : t('designer.loadHint')}
        </span>
        {error && (
          <p id="designer-load-error" role="alert" className="field-error">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
