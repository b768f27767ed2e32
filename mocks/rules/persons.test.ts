import { describe, expect, it } from 'vitest';
import { contactPerson } from '../db/builders';
import { addPerson, applyPrimaryFields, hasEmail, patchPerson, removePerson, resolvePersons, withMirror } from './persons';

const p = (id: string, extra: Partial<Parameters<typeof contactPerson>[0]> = {}) => contactPerson({ contact_person_id: id, ...extra });
let n = 0;
const newId = () => String(900 + ++n);

describe('persons', () => {
  it('resolves a sent list: known ids kept, new ids assigned, exactly one primary', () => {
    const existing = [p('1', { is_primary_contact: true })];
    const ok = resolvePersons(
      existing,
      [
        { ...p('1'), is_primary_contact: true },
        { ...p('x'), contact_person_id: undefined },
      ],
      newId,
    );
    expect(ok.errors).toEqual([]);
    expect(ok.persons.map((x) => x.contact_person_id)).toEqual(['1', expect.stringMatching(/^9/)]);
    const foreign = resolvePersons(existing, [{ ...p('2'), is_primary_contact: true }], newId);
    expect(foreign.errors.map((e) => e.field)).toEqual(['contact_persons.0.contact_person_id']);
    const none = resolvePersons([], [{ ...p('x'), contact_person_id: undefined }], newId);
    expect(none.errors.map((e) => e.field)).toEqual(['contact_persons']);
  });

  it('writes top-level fields through to the primary, creating one only for non-empty values', () => {
    const persons = [p('1', { first_name: 'Ann', is_primary_contact: true }), p('2')];
    expect(applyPrimaryFields(persons, { email: 'a@x.example' }, newId)[0]).toMatchObject({ first_name: 'Ann', email: 'a@x.example' });
    expect(applyPrimaryFields([], { email: '', first_name: '' }, newId)).toEqual([]);
    const created = applyPrimaryFields([p('2')], { first_name: 'Zed' }, newId);
    expect(created.map((x) => [x.first_name, x.is_primary_contact])).toEqual([
      ['Zed', true],
      ['', false],
    ]);
  });

  it('mirrors the primary and knows whether any email exists', () => {
    const c = withMirror({ email: 'stale', phone: 'x', mobile: 'y', contact_persons: [p('1', { email: 'e@x.example', is_primary_contact: true })] });
    expect(c).toMatchObject({ email: 'e@x.example', phone: '', mobile: '' });
    expect(hasEmail({ email: '', contact_persons: [p('1'), p('2', { email: 'b@x.example' })] })).toBe(true);
    expect(hasEmail({ email: '', contact_persons: [] })).toBe(false);
  });

  it('keeps exactly one primary through add, patch and remove', () => {
    let list = addPerson([], p('1'));
    expect(list[0].is_primary_contact).toBe(true);
    list = addPerson(list, p('2', { is_primary_contact: true }));
    expect(list.map((x) => x.is_primary_contact)).toEqual([false, true]);
    expect(patchPerson(list, '2', { is_primary_contact: false }).errors).toHaveLength(1);
    list = patchPerson(list, '1', { is_primary_contact: true }).persons;
    expect(list.map((x) => x.is_primary_contact)).toEqual([true, false]);
    list = removePerson(list, '1');
    expect(list).toEqual([p('2', { is_primary_contact: true })]);
    expect(removePerson(list, '2')).toEqual([]);
  });
});
