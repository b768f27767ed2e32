/** Step 1: choose the file (CSV, TSV, XLS, XLSX; ≤ 10 MB), or download a sample to start from. */
import { useT } from '../../lib/i18n';
import { saveBlob } from '../../lib/download';
import { ACCEPT } from './file-check';
import { SAMPLE_FILE_NAME, sampleCsv } from './sample';
import styles from './Import.module.css';

interface Props {
  fileName: string | null;
  onFile: (file: File | null) => void;
}

export function FileStep({ fileName, onFile }: Props) {
  const t = useT();
  return (
    <>
      <div className="field">
        <label htmlFor="import-file">{t('import.file')}</label>
        <input id="import-file" type="file" accept={ACCEPT} aria-describedby="import-file-hint" onChange={(e) => onFile(e.target.files?.[0] ?? null)} />
        <span id="import-file-hint" className="field-hint">
          {fileName ? t('import.file.chosen', { name: fileName }) : t('import.file.hint')}
        </span>
      </div>
      <div className={styles.actions}>
        <button type="button" className="btn btn-ghost" onClick={() => saveBlob(sampleCsv(t), SAMPLE_FILE_NAME)}>
          {t('import.sample')}
        </button>
      </div>
    </>
  );
}
