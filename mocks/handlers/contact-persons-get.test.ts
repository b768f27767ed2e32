/** Reading contact persons as Zoho does: the list's page_context and one person by id. */
import { describe, expect, it } from 'vitest';
import type { ContactPerson, PageContext } from '../../src/api/schemas';
import { USERS } from '../scenarios/reference';
import { actAs, call, useMockApi } from '../testing';
import { seedContact } from './contact-fixtures.test-helper';

describe('GET contact persons', () => {
  useMockApi('empty');

  const seed = (owner = '') =>
    seedContact({ contact_name: `Acme ${owner}`, owner_id: owner }, [
      { first_name: 'Ann', email: 'ann@acme.example' },
      { first_name: 'Bo', email: 'bo@acme.example', is_primary_contact: false },
    ]);

  it('lists persons with page_context', async () => {
    const c = seed();
    const r = await call<{ contact_persons: ContactPerson[]; page_context: PageContext }>('GET', `/contacts/${c.contact_id}/contactpersons`);
    expect(r.body.contact_persons.map((p) => p.first_name)).toEqual(['Ann', 'Bo']);
    expect(r.body.page_context).toMatchObject({ page: 1, has_more_page: false, total: 2 });
  });

  it('returns one contact_person by its id, alone or under its customer', async () => {
    const c = seed();
    const bo = c.contact_persons[1];
    for (const path of [`/contacts/contactpersons/${bo.contact_person_id}`, `/contacts/${c.contact_id}/contactpersons/${bo.contact_person_id}`]) {
      const r = await call<{ contact_person: ContactPerson & { contact_id: string } }>('GET', path);
      expect([r.status, r.body.contact_person]).toEqual([200, { ...bo, contact_id: c.contact_id }]);
    }
  });

  it('answers 404 for a missing person, a person of another customer, and for what a staff_assigned user may not see', async () => {
    const mine = seed(USERS.assignedA);
    const theirs = seed(USERS.assignedB);
    const other = theirs.contact_persons[0].contact_person_id;
    expect((await call('GET', '/contacts/contactpersons/999')).status).toBe(404);
    const crossed = await call('GET', `/contacts/${mine.contact_id}/contactpersons/${other}`);
    expect([crossed.status, crossed.body.code]).toEqual([404, 1002]);
    await actAs(USERS.assignedA);
    for (const path of [`/contacts/contactpersons/${other}`, `/contacts/${theirs.contact_id}/contactpersons/${other}`]) {
      const r = await call('GET', path);
      expect([r.status, r.body.code]).toEqual([404, 1002]);
    }
    expect((await call('GET', `/contacts/contactpersons/${mine.contact_persons[0].contact_person_id}`)).status).toBe(200);
  });
});
