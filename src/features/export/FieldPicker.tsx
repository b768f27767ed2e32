/** The fields to include: checkboxes grouped as on the customer form, plus All / Default. */
import { useT } from '../../lib/i18n';
import { defaultFieldKeys, type FieldDef, type FieldGroup, type FieldKey } from './fields';
import styles from './Export.module.css';

const groups: FieldGroup[] = ['contact', 'settings', 'billing', 'shipping', 'custom'];

interface Props {
  fields: FieldDef[];
  chosen: ReadonlySet<FieldKey>;
  onChange: (next: Set<FieldKey>) => void;
  disabled: boolean;
}

export function FieldPicker({ fields, chosen, onChange, disabled }: Props) {
  const t = useT();
  const label = (f: FieldDef) => (f.labelKey ? t(f.labelKey) : (f.label ?? f.key));
  const toggle = (key: FieldKey, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    onChange(next);
  };
  return (
    <fieldset className={styles.fieldset} disabled={disabled}>
      <legend>{t('export.fields', { count: chosen.size })}</legend>
      <div className={styles.fieldActions}>
        <button type="button" className="btn btn-ghost" onClick={() => onChange(new Set(fields.map((f) => f.key)))}>
          {t('export.fields.all')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={() => onChange(new Set(defaultFieldKeys))}>
          {t('export.fields.default')}
        </button>
      </div>
      <div className={styles.fields}>
        {groups.map((g) => {
          const inGroup = fields.filter((f) => f.group === g);
          if (inGroup.length === 0) return null;
          return [
            <div key={`g-${g}`} className={styles.groupTitle} aria-hidden="true">
              {t(`export.group.${g}`)}
            </div>,
            ...inGroup.map((f) => (
              <label key={f.key} className="choice">
                <input type="checkbox" checked={chosen.has(f.key)} onChange={(e) => toggle(f.key, e.target.checked)} />
                <span>{label(f)}</span>
              </label>
            )),
          ];
        })}
      </div>
    </fieldset>
  );
}
