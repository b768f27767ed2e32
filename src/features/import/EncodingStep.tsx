/** Step 2 (CSV/TSV only): the character encoding, with what each choice makes of the file. */
import { useT } from '../../lib/i18n';
import { textEncodings, type TextEncodingName } from './encoding';
import type { Inspection } from './protocol';
import styles from './Import.module.css';

const names: Record<TextEncodingName, string> = { 'utf-8': 'UTF-8', shift_jis: 'Shift_JIS' };

interface Props {
  inspection: Inspection;
  encoding: TextEncodingName;
  onChange: (e: TextEncodingName) => void;
}

export function EncodingStep({ inspection, encoding, onChange }: Props) {
  const t = useT();
  return (
    <>
      {!inspection.validUtf8 && (
        <p className={styles.notice} role="status">
          {inspection.suggested === 'shift_jis' ? t('import.encoding.suggestSjis') : t('import.encoding.invalidUtf8')}
        </p>
      )}
      <fieldset className={styles.fieldset}>
        <legend>{t('import.encoding')}</legend>
        <div className="choices">
          {textEncodings.map((e) => (
            <label key={e} className="choice">
              <input type="radio" name="import-encoding" value={e} checked={encoding === e} onChange={() => onChange(e)} />
              <span>{names[e]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <span className="label" id="import-encoding-preview">
          {t('import.encoding.preview')}
        </span>
        <pre className={styles.preview} aria-labelledby="import-encoding-preview" tabIndex={0}>
          {inspection.preview[encoding]}
        </pre>
      </div>
    </>
  );
}
