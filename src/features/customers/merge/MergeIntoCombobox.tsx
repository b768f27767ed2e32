/**
 * "Merge into": an accessible combobox (input role=combobox + listbox of options) that searches
 * customers as you type; only customers in the same currency are offered.
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { Contact, ContactSummary } from '../../../api/schemas';
import { useT } from '../../../lib/i18n';
import { useMergeSearch } from './use-merge-search';
import styles from './Merge.module.css';

interface Props {
  from: Contact;
  value: ContactSummary | null;
  onChange: (c: ContactSummary | null) => void;
}

export function MergeIntoCombobox({ from, value, onChange }: Props) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const search = useMergeSearch(from, text, open);
  const options = search.options;
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;

  // Keep the option chosen with the arrow keys in view.
  const activeId = optionId(active);
  useEffect(() => {
    if (open) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [open, activeId]);

  const choose = (c: ContactSummary) => {
    onChange(c);
    setText(c.contact_name);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (options.length ? (i + step + options.length) % options.length : 0));
    } else if (e.key === 'Enter' && open && options[active]) {
      e.preventDefault();
      choose(options[active]);
    }
  };

  return (
    <div
      className={`field ${styles.combo}`}
      onBlur={(e) => {
        // Close when focus leaves the whole combobox (input, listbox, "more" button).
        if (!e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <label htmlFor={`${id}-input`}>{t('merge.into')}</label>
      <input
        id={`${id}-input`}
        className="input"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && options[active] ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        placeholder={t('merge.into.placeholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
          if (value) onChange(null);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-hint`} className="field-hint">
        {t('merge.into.hint', { currency: from.currency_code })}
      </span>
      {open && (
        // Scrollable, so reachable by keyboard too (arrow keys in the input move the active option).
        <div className={styles.listbox} tabIndex={0}>
          <ul id={listId} role="listbox" aria-label={t('merge.into.results', { currency: from.currency_code })} className={styles.options}>
            {options.map((c, i) => (
              <li
                key={c.contact_id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                aria-label={c.contact_name}
                aria-describedby={`${optionId(i)}-meta`}
                className={styles.option}
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(i)}
                onClick={() => choose(c)}
              >
                <span>{c.contact_name}</span>
                <span id={`${optionId(i)}-meta`} className={styles.optionMeta}>
                  {[c.company_name, c.email].filter(Boolean).join(' · ') || c.currency_code}
                </span>
              </li>
            ))}
          </ul>
          {search.error ? (
            <p className={styles.listNote} role="alert">
              {t('merge.into.searchFailed', { message: search.error.message })}
            </p>
          ) : search.searching ? (
            <p className={styles.listNote}>{t('merge.into.searching')}</p>
          ) : options.length === 0 && !search.hasMore ? (
            <p className={styles.listNote}>{t('merge.into.none', { currency: from.currency_code })}</p>
          ) : null}
          {search.hasMore && !search.searching && (
            <button type="button" className="btn btn-ghost" onMouseDown={(e) => e.preventDefault()} onClick={search.loadMore}>
              {t('merge.into.more')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
