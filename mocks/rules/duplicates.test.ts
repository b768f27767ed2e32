import { describe, expect, it } from 'vitest';
import { contactRecord } from '../db/builders';
import { duplicateKeys, findDuplicateGroups } from './duplicates';

let next = 0;
const c = (name: string, extra: Parameters<typeof contactRecord>[0] extends infer T ? Partial<T> : never = {}) =>
  contactRecord({ contact_id: String(++next), contact_name: name, ...extra });

const summary = (groups: ReturnType<typeof findDuplicateGroups>) => groups.map((g) => [g.reason, g.key, g.contacts.map((x) => x.contact_name)]);

describe('findDuplicateGroups', () => {
  it('groups by normalised name, email and phone, with the reason', () => {
    const groups = findDuplicateGroups([
      c('Acme, Inc.'),
      c('ＡＣＭＥ'),
      c('Beta', { email: 'Team@Beta.example' }),
      c('Beta Japan', { email: 'team@beta.example' }),
      c('Gamma', { phone: '03-1234-5678' }),
      c('Gamma Store', { mobile: '0312345678' }),
      c('Alone'),
    ]);
    expect(summary(groups)).toEqual([
      ['name', 'acme', ['Acme, Inc.', 'ＡＣＭＥ']],
      ['email', 'team@beta.example', ['Beta', 'Beta Japan']],
      ['phone', '0312345678', ['Gamma', 'Gamma Store']],
    ]);
  });

  it("looks at contact persons' emails and phones too", () => {
    const a = c('One', {
      contact_persons: [
        {
          contact_person_id: '1',
          salutation: '',
          first_name: '',
          last_name: '',
          email: 'x@y.example',
          phone: '',
          mobile: '',
          designation: '',
          department: '',
          is_primary_contact: false,
        },
      ],
    });
    const b = c('Two', { email: 'X@Y.example' });
    expect(summary(findDuplicateGroups([a, b]))).toEqual([['email', 'x@y.example', ['One', 'Two']]]);
  });

  it('does not repeat a group with the same members under a weaker reason', () => {
    const groups = findDuplicateGroups([c('Acme', { email: 'a@acme.example' }), c('acme', { email: 'a@acme.example' })]);
    expect(groups.map((g) => g.reason)).toEqual(['name']);
  });

  it('leaves out customers already merged away', () => {
    expect(findDuplicateGroups([c('Acme'), c('Acme', { merged_into_contact_id: '1', status: 'inactive' })])).toEqual([]);
  });

  it('caches keys per record object (records are replaced, never mutated, on write)', () => {
    const r = c('Acme Inc.', { phone: '555-123-4567' });
    expect(duplicateKeys(r)).toBe(duplicateKeys(r));
    expect(duplicateKeys(r)).toEqual({ name: ['acme'], email: [], phone: ['5551234567'] });
  });
});
