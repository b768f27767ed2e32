/**
 * "Possible duplicates" while the display name, email or phone is typed (ui-contract.md
 * "Customer form: duplicates while typing"): each match links to the customer in a new tab,
 * with why it matched. It only informs: Save never waits for it, and a failed check shows nothing.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { MAX_CHECK_EMAIL_LENGTH, MAX_CHECK_PHONE_LENGTH, MAX_DISPLAY_NAME_LENGTH } from '../../../api/limits';
import { duplicateCheckQueries, hasDuplicateCheckText, type DuplicateCheckQuery } from '../../../api/queries/duplicate-check';
import { useT } from '../../../lib/i18n';
import { useDebounced } from '../../../lib/use-debounced';
import styles from './CustomerForm.module.css';

export const DUPLICATE_CHECK_DEBOUNCE_MS = 300;

interface Props {
  contactName: string;
  email: string;
  phone: string;
  /** The customer being edited, never its own duplicate. */
  excludeId?: string;
}

/** A typed value worth sending: trimmed, blank left out, too long left out (the form refuses it anyway). */
const typed = (value: string, max: number): string | undefined => {
  const v = value.trim();
  return v && v.length <= max ? v : undefined;
};

export function PossibleDuplicates({ contactName, email, phone, excludeId }: Props) {
  const t = useT();
  const contact_name = typed(contactName, MAX_DISPLAY_NAME_LENGTH);
  const mail = typed(email, MAX_CHECK_EMAIL_LENGTH);
  const tel = typed(phone, MAX_CHECK_PHONE_LENGTH);
  // Memoised on the values, so the debounced object only changes when what is typed does.
  const typedNow = useMemo<DuplicateCheckQuery>(() => ({ contact_name, email: mail, phone: tel, exclude_id: excludeId }), [contact_name, mail, tel, excludeId]);
  const query = useDebounced(typedNow, DUPLICATE_CHECK_DEBOUNCE_MS);
  // The previous answer stays while the next is on its way, so the list does not flicker per keystroke.
  const { data } = useQuery({ ...duplicateCheckQueries.check(query), placeholderData: keepPreviousData });
  const candidates = hasDuplicateCheckText(query) ? (data ?? []) : [];
  const title = t('form.dupes.title');
  return (
    <>
      <p role="status" className="visually-hidden">
        {candidates.length === 0 ? '' : candidates.length === 1 ? t('form.dupes.count.one') : t('form.dupes.count', { count: candidates.length })}
      </p>
      {candidates.length > 0 && (
        <section role="region" aria-label={title} className={styles.duplicates}>
          <h3 className={styles.duplicatesTitle}>{title}</h3>
          <p className="field-hint">{t('form.dupes.hint')}</p>
          <ul className={styles.duplicatesList}>
            {candidates.map((c) => (
              <li key={c.contact_id}>
                <Link to={`/customers/${c.contact_id}`} target="_blank" rel="noopener noreferrer">
                  {c.contact_name}
                </Link>{' '}
                <span className="badge badge-warning">{t(`form.dupes.reason.${c.reason}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
