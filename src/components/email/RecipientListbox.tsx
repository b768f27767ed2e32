/**
 * A recipients picker ("To", "CC") as a multi-select `listbox` of the addresses allowed (each
 * option named with its email), plus, when a person can be added, an option "Add contact
 * person". Click, Space or Enter toggles; arrows, Home and End move.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../lib/i18n';
import { hasAddress, type RecipientPickerProps } from './recipients';
import styles from './Email.module.css';

const ADD = '__add__';

export function RecipientListbox({ id, label, options, selected, onToggle, onAddPerson, error }: RecipientPickerProps) {
  const t = useT();
  const keys = [...options.map((o) => o.email), ...(onAddPerson ? [ADD] : [])];
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLDivElement | null)[]>([]);
  const current = Math.min(active, keys.length - 1);

  const choose = (key: string) => (key === ADD ? onAddPerson?.() : onToggle(key));
  const move = (to: number) => {
    const next = (to + keys.length) % keys.length;
    setActive(next);
    refs.current[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const step: Record<string, () => void> = {
      ArrowDown: () => move(i + 1),
      ArrowUp: () => move(i - 1),
      Home: () => move(0),
      End: () => move(keys.length - 1),
      ' ': () => choose(keys[i]),
      Enter: () => choose(keys[i]),
    };
    const fn = step[e.key];
    if (fn) {
      e.preventDefault();
      fn();
    }
  };

  const describedBy = error ? `${id}-error` : undefined;
  return (
    <div className="field">
      <span id={`${id}-label`} className="label">
        {label}
      </span>
      <div
        role="listbox"
        id={id}
        aria-labelledby={`${id}-label`}
        aria-multiselectable="true"
        aria-invalid={!!error}
        aria-describedby={describedBy}
        className={styles.listbox}
      >
        {keys.map((key, i) => {
          const o = options.find((x) => x.email === key);
          const sel = o ? hasAddress(selected, o.email) : false;
          return (
            <div
              key={key}
              ref={(el) => {
                refs.current[i] = el;
              }}
              role="option"
              aria-selected={sel}
              tabIndex={i === current ? 0 : -1}
              className={`${styles.option} ${o ? '' : styles.addOption}`}
              onClick={() => {
                setActive(i);
                choose(key);
              }}
              onKeyDown={(e) => onKeyDown(e, i)}
            >
              <span className={styles.check} aria-hidden="true">
                {o ? (sel ? '☑' : '☐') : '+'}
              </span>
              {o ? (
                <span className={styles.who}>
                  {o.name && <span>{o.name}</span>} <span className={styles.email}>{o.email}</span>
                  {o.primary && <span className="badge badge-accent">{t('detail.value.primary')}</span>}
                </span>
              ) : (
                <span>{t('person.add')}</span>
              )}
            </div>
          );
        })}
      </div>
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
