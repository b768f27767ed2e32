import { describe, expect, it } from 'vitest';
import type { ContactPerson } from '../../src/api/schemas';
import { actAs, call, snapshot, useMockApi } from '../testing';
import { db } from '../runtime';
import { commentsOf, seedContact } from './contact-fixtures.test-helper';

type Persons = { contact_persons: ContactPerson[] };
type OnePerson = { contact_person: ContactPerson; contact_persons: ContactPerson[] };

const contact = (id: string) => db.tables.contacts.get(id);

describe('contact persons', () => {
  useMockApi('empty');

  it('lists the persons of a visible customer only', async () => {
    const c = seedContact({ contact_name: 'Acme', owner_id: '4' }, [{ first_name: 'Ann', email: 'ann@acme.example' }]);
    const r = await call<Persons>('GET', `/contacts/${c.contact_id}/contactpersons`);
    expect(r.body.message).toBe('success');
    expect(r.body.contact_persons.map((p) => p.first_name)).toEqual(['Ann']);
    expect((await call('GET', '/contacts/999/contactpersons')).status).toBe(404);
    await actAs('3');
    expect((await call('GET', `/contacts/${c.contact_id}/contactpersons`)).body.code).toBe(1002);
  });

  it('adds persons: the first becomes primary, a new primary takes over, the contact mirrors it', async () => {
    const c = seedContact({ contact_name: 'Acme' });
    const first = await call<OnePerson>('POST', '/contacts/contactpersons', { contact_id: c.contact_id, first_name: 'Ann', email: 'ann@acme.example' });
    expect(first.status).toBe(201);
    expect(first.body.message).toBe('The contactperson has been added.');
    expect(first.body.contact_person).toMatchObject({ first_name: 'Ann', is_primary_contact: true });
    expect(contact(c.contact_id)?.email).toBe('ann@acme.example');

    const second = await call<OnePerson>('POST', '/contacts/contactpersons', {
      contact_id: c.contact_id,
      first_name: 'Bob',
      email: 'bob@acme.example',
      phone: '555',
      is_primary_contact: true,
    });
    expect(second.body.contact_persons.filter((p) => p.is_primary_contact).map((p) => p.first_name)).toEqual(['Bob']);
    expect(contact(c.contact_id)).toMatchObject({ email: 'bob@acme.example', phone: '555' });

    const third = await call<OnePerson>('POST', '/contacts/contactpersons', { contact_id: c.contact_id, first_name: 'Cy' });
    expect(third.body.contact_person.is_primary_contact).toBe(false);
    expect(commentsOf(c.contact_id).map((x) => x.operation_type)).toEqual(['contact_person_added', 'contact_person_added', 'contact_person_added']);
  });

  it('refuses a bad person (1001), bad JSON (1038) and a customer that is not visible (404)', async () => {
    const c = seedContact({ contact_name: 'Acme', owner_id: '4' });
    const bad = await call('POST', '/contacts/contactpersons', { first_name: 'X', email: 'nope' });
    expect(bad.body.code).toBe(1001);
    expect(bad.body.errors?.map((e) => e.field).sort()).toEqual(['contact_id', 'email']);
    expect((await call('POST', '/contacts/contactpersons', '{')).body.code).toBe(1038);
    expect((await call('POST', '/contacts/contactpersons', { contact_id: '999' })).status).toBe(404);
    await actAs('3');
    expect((await call('POST', '/contacts/contactpersons', { contact_id: c.contact_id, first_name: 'X' })).status).toBe(404);
  });

  it('updates only the fields sent and keeps exactly one primary', async () => {
    const c = seedContact({ contact_name: 'Acme' }, [{ first_name: 'Ann', last_name: 'Lee', email: 'ann@acme.example' }, { first_name: 'Bob' }]);
    const [ann, bob] = c.contact_persons;
    const r = await call<OnePerson>('PUT', `/contacts/contactpersons/${ann.contact_person_id}`, { email: 'ann@new.example' });
    expect(r.body.message).toBe('The contactperson has been updated.');
    expect(r.body.contact_person).toMatchObject({ first_name: 'Ann', last_name: 'Lee', email: 'ann@new.example', is_primary_contact: true });
    expect(contact(c.contact_id)?.email).toBe('ann@new.example');

    const unset = await call('PUT', `/contacts/contactpersons/${ann.contact_person_id}`, { is_primary_contact: false });
    expect(unset.body.code).toBe(1001);
    expect(unset.body.errors?.[0].field).toBe('is_primary_contact');

    const promote = await call<OnePerson>('PUT', `/contacts/contactpersons/${bob.contact_person_id}`, { is_primary_contact: true });
    expect(promote.body.contact_persons.map((p) => p.is_primary_contact)).toEqual([false, true]);
    expect(contact(c.contact_id)?.email).toBe('');
    expect((await call('PUT', `/contacts/contactpersons/${bob.contact_person_id}`, { email: 'x' })).body.code).toBe(1001);
    expect((await call('PUT', '/contacts/contactpersons/999', { first_name: 'Z' })).body).toMatchObject({
      code: 1002,
      message: 'Contact person does not exist.',
    });
  });

  it('marks a person primary', async () => {
    const c = seedContact({ contact_name: 'Acme' }, [{ first_name: 'Ann' }, { first_name: 'Bob', email: 'bob@acme.example' }]);
    const bob = c.contact_persons[1];
    const r = await call<OnePerson>('POST', `/contacts/contactpersons/${bob.contact_person_id}/primary`);
    expect(r.body.message).toBe('The contactperson has been marked as primary.');
    expect(r.body.contact_person.is_primary_contact).toBe(true);
    expect(contact(c.contact_id)?.email).toBe('bob@acme.example');
    expect(commentsOf(c.contact_id).map((x) => x.operation_type)).toEqual(['primary_contact_changed']);
  });

  it('deletes a person; the next one becomes primary', async () => {
    const c = seedContact({ contact_name: 'Acme' }, [
      { first_name: 'Ann', email: 'a@x.example' },
      { first_name: 'Bob', email: 'b@x.example' },
    ]);
    const r = await call<Persons>('DELETE', `/contacts/contactpersons/${c.contact_persons[0].contact_person_id}`);
    expect(r.body.message).toBe('The contactperson has been deleted.');
    expect(r.body.contact_persons).toEqual([{ ...c.contact_persons[1], is_primary_contact: true }]);
    expect(contact(c.contact_id)?.email).toBe('b@x.example');
    expect(commentsOf(c.contact_id).map((x) => x.operation_type)).toEqual(['contact_person_deleted']);
  });

  it('refuses removing the last email of a portal customer (3005), changing nothing', async () => {
    const c = seedContact({ contact_name: 'Acme', is_portal_enabled: true }, [{ first_name: 'Ann', email: 'a@x.example' }]);
    const pid = c.contact_persons[0].contact_person_id;
    const before = snapshot();
    expect((await call('DELETE', `/contacts/contactpersons/${pid}`)).body.code).toBe(3005);
    expect((await call('PUT', `/contacts/contactpersons/${pid}`, { email: '' })).body.code).toBe(3005);
    expect(snapshot()).toBe(before);
  });

  it('hides the persons of customers a staff_assigned user does not own', async () => {
    const theirs = seedContact({ contact_name: 'Theirs', owner_id: '4' }, [{ first_name: 'T' }]);
    const mine = seedContact({ contact_name: 'Mine', owner_id: '3' }, [{ first_name: 'M' }, { first_name: 'N' }]);
    await actAs('3');
    const pid = theirs.contact_persons[0].contact_person_id;
    expect((await call('PUT', `/contacts/contactpersons/${pid}`, { first_name: 'X' })).status).toBe(404);
    expect((await call('DELETE', `/contacts/contactpersons/${pid}`)).status).toBe(404);
    expect((await call('POST', `/contacts/contactpersons/${pid}/primary`)).status).toBe(404);
    expect((await call('POST', `/contacts/contactpersons/${mine.contact_persons[1].contact_person_id}/primary`)).status).toBe(200);
  });
});
