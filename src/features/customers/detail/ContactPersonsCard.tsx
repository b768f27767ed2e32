/**
 * The customer's contact persons on the Overview, managed in place: add, edit, delete and mark
 * primary through the contact-persons endpoints (each writes the customer's history).
 */
import { useState } from 'react';
import { isApiError } from '../../../api/client';
import { MAX_CONTACT_PERSONS } from '../../../api/limits';
import { usePersonAction } from '../../../api/queries/contact-persons';
import type { Contact, ContactPerson } from '../../../api/schemas';
import { ConfirmDialog } from '../../../components/ui/Dialog';
import { toast } from '../../../components/ui/toast-store';
import { useT } from '../../../lib/i18n';
import { PersonEditor } from './PersonEditor';
import styles from './CustomerDetail.module.css';
import own from './ContactPersonsCard.module.css';

const fullName = (p: Pick<ContactPerson, 'salutation' | 'first_name' | 'last_name' | 'email'>) =>
  [p.salutation, p.first_name, p.last_name].filter(Boolean).join(' ') || p.email;

type Editing = { mode: 'add' } | { mode: 'edit'; id: string } | null;

export function ContactPersonsCard({ contact }: { contact: Contact }) {
  const t = useT();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<ContactPerson | null>(null);
  const action = usePersonAction();
  const contactId = contact.contact_id;
  const full = contact.contact_persons.length >= MAX_CONTACT_PERSONS;

  const run = async (kind: 'delete' | 'primary', p: ContactPerson) => {
    try {
      await action.mutateAsync({ kind, contactId, personId: p.contact_person_id });
      toast.success(t(kind === 'delete' ? 'person.deleted' : 'person.primaryDone', { name: fullName(p) }));
      setDeleting(null);
    } catch (err) {
      if (!isApiError(err)) throw err;
      toast.error(t(kind === 'delete' ? 'person.deleteFailed' : 'person.primaryFailed', { name: fullName(p), message: err.message }));
    }
  };

  return (
    <section className={styles.card} aria-labelledby="ov-persons">
      <div className={own.head}>
        <h2 id="ov-persons">{t('detail.section.persons')}</h2>
        {editing?.mode !== 'add' && (
          <button
            type="button"
            className="btn btn-ghost"
            disabled={full}
            aria-describedby={full ? 'ov-persons-limit' : undefined}
            onClick={() => setEditing({ mode: 'add' })}
          >
            + {t('person.add')}
          </button>
        )}
      </div>
      {full && (
        <p id="ov-persons-limit" className={styles.muted}>
          {t('form.personsLimit', { max: MAX_CONTACT_PERSONS })}
        </p>
      )}
      {editing?.mode === 'add' && (
        <PersonEditor
          contactId={contactId}
          title={t('person.newTitle')}
          onSaved={(p) => {
            setEditing(null);
            toast.success(t('person.added', { name: p ? fullName(p) : '' }));
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {contact.contact_persons.length === 0 && editing?.mode !== 'add' && <p className={styles.muted}>{t('detail.noPersons')}</p>}
      <ul className={own.list}>
        {contact.contact_persons.map((p) =>
          editing?.mode === 'edit' && editing.id === p.contact_person_id ? (
            <li key={p.contact_person_id}>
              <PersonEditor
                contactId={contactId}
                person={p}
                title={t('person.editTitle', { name: fullName(p) })}
                onSaved={(saved) => {
                  setEditing(null);
                  toast.success(t('person.updated', { name: saved ? fullName(saved) : fullName(p) }));
                }}
                onCancel={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={p.contact_person_id} className={own.person}>
              <div className={own.who}>
                <span>
                  {fullName(p)} {p.is_primary_contact && <span className="badge badge-accent">{t('detail.value.primary')}</span>}
                </span>
                {p.email && <span className={styles.muted}>{p.email}</span>}
                {(p.designation || p.phone) && <span className={styles.muted}>{[p.designation, p.phone].filter(Boolean).join(' · ')}</span>}
              </div>
              <div className={own.buttons}>
                <button type="button" className="btn btn-ghost" onClick={() => setEditing({ mode: 'edit', id: p.contact_person_id })}>
                  {t('person.edit')}
                  <span className="visually-hidden"> {fullName(p)}</span>
                </button>
                {!p.is_primary_contact && (
                  <button type="button" className="btn btn-ghost" disabled={action.isPending} onClick={() => void run('primary', p)}>
                    {t('person.makePrimary')}
                    <span className="visually-hidden"> {fullName(p)}</span>
                  </button>
                )}
                <button type="button" className={`btn btn-ghost ${own.danger}`} onClick={() => setDeleting(p)}>
                  {t('person.delete')}
                  <span className="visually-hidden"> {fullName(p)}</span>
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
      {deleting && (
        <ConfirmDialog
          open
          onOpenChange={(o) => !o && setDeleting(null)}
          title={t('person.deleteTitle')}
          description={t(deleting.is_primary_contact ? 'person.deletePrimaryBody' : 'person.deleteBody', { name: fullName(deleting) })}
          confirmLabel={t('person.delete')}
          cancelLabel={t('common.cancel')}
          destructive
          busy={action.isPending}
          onConfirm={() => void run('delete', deleting)}
        />
      )}
    </section>
  );
}
