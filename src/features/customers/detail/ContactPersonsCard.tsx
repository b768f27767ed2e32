import type { Contact } from '../../../api/schemas';
import { useT } from '../../../lib/i18n';
import styles from './CustomerDetail.module.css';

export function ContactPersonsCard({ contact }: { contact: Contact }) {
  const t = useT();
  return (
    <section className={styles.card} aria-labelledby="ov-persons">
      <h2 id="ov-persons">{t('detail.section.persons')}</h2>
      {contact.contact_persons.length === 0 && <p className={styles.muted}>{t('detail.noPersons')}</p>}
      <ul>
        {contact.contact_persons.map((p) => (
          <li key={p.contact_person_id}>
            {[p.salutation, p.first_name, p.last_name].filter(Boolean).join(' ')} {p.email && <span className={styles.muted}>&lt;{p.email}&gt;</span>}{' '}
            {p.is_primary_contact && <span className="badge badge-accent">{t('detail.value.primary')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
