import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/api/schemas';
import { cloneInputSchema } from '../../src/api/schemas';
import { cloneContact } from './clone';
import type { RuleFailure } from './failure';
import { addContact, idCounter, NOW, testDb } from './rule-fixtures';

const input = (v: unknown) => cloneInputSchema.parse(v);

describe('cloneContact', () => {
  it('copies the profile, not credits, merge link or status', () => {
    const db = testDb();
    const src = addContact(db, { contact_name: 'Acme', unused_credits_minor: 100, status: 'inactive', notes: 'n', owner_id: '3' }, [
      { first_name: 'A', email: 'a@x.example' },
    ]);
    const c = cloneContact({ db, newId: idCounter(500), now: NOW }, src, input({ contact_name: 'Acme 2', currency_id: '4' }));
    expect(c).toMatchObject({
      contact_name: 'Acme 2',
      currency_id: '4',
      status: 'active',
      unused_credits_minor: 0,
      notes: 'n',
      owner_id: '3',
      email: 'a@x.example',
      created_time: NOW,
    });
    expect(c.contact_id).not.toBe(src.contact_id);
    expect(c.contact_persons[0].contact_person_id).not.toBe(src.contact_persons[0].contact_person_id);
    // A deep copy: editing the clone's address must not touch the original's.
    c.billing_address.city = 'Changed';
    expect(src.billing_address.city).toBe('');
  });

  it('refuses portal on the clone when the original has it, or when there is no email', () => {
    const db = testDb();
    const ctx = { db, newId: idCounter(), now: NOW };
    const withPortal = addContact(db, { contact_name: 'P', is_portal_enabled: true }, [{ email: 'p@x.example' }]);
    const noMail = addContact(db, { contact_name: 'N' });
    const err = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e as RuleFailure;
      }
      throw new Error('expected failure');
    };
    expect(err(() => cloneContact(ctx, withPortal, input({ contact_name: 'P2', currency_id: '1', enable_portal: true }))).errors?.[0].field).toBe(
      'enable_portal',
    );
    expect(err(() => cloneContact(ctx, noMail, input({ contact_name: 'N2', currency_id: '1', enable_portal: true }))).code).toBe(ErrorCode.portalNeedsEmail);
    expect(err(() => cloneContact(ctx, noMail, input({ contact_name: 'p', currency_id: '1' }))).code).toBe(ErrorCode.duplicateName);
  });
});
