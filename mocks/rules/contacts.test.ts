import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/api/schemas';
import { USERS } from '../scenarios/reference';
import { parseContactInput, resolveContact, type ResolveContext } from './contacts';
import { RuleFailure } from './failure';
import { addContact, addInvoice, idCounter, NOW, testDb, userOf } from './rule-fixtures';
import type { Database } from '../db/store';
import type { ContactRecord } from '../db/types';

function ctx(db: Database, user: string = USERS.admin, existing?: ContactRecord): ResolveContext {
  return { db, user: userOf(db, user), existing, newId: idCounter(), now: NOW };
}
const resolve = (c: ResolveContext, raw: unknown) => resolveContact(c, parseContactInput(raw));
function failure(fn: () => unknown): RuleFailure {
  try {
    fn();
  } catch (err) {
    if (err instanceof RuleFailure) return err;
    throw err;
  }
  throw new Error('expected a RuleFailure');
}

describe('parseContactInput', () => {
  it('remembers which keys were sent and names invalid fields under a prefix', () => {
    expect([...parseContactInput({ contact_name: 'A', notes: '' }).sent]).toEqual(['contact_name', 'notes']);
    const f = failure(() => parseContactInput({ email: 'x' }, 'rows.3'));
    expect(f.errors).toEqual([
      { field: 'rows.3.contact_name', message: 'Display name is required.' },
      { field: 'rows.3.email', message: 'Enter a valid email address.' },
    ]);
    expect(failure(() => parseContactInput([])).code).toBe(ErrorCode.invalid);
  });
});

describe('resolveContact: create', () => {
  it('fills defaults: org currency, Net 30, default templates, active, timestamps', () => {
    const db = testDb();
    const c = resolve(ctx(db), { contact_name: '  Acme  ' });
    expect(c).toMatchObject({
      contact_name: 'Acme',
      currency_id: '1',
      payment_terms: 30,
      payment_terms_label: 'Net 30',
      status: 'active',
      owner_id: '',
      created_time: NOW,
      last_modified_time: NOW,
      contact_persons: [],
    });
    expect(c.default_templates.statement_template_id).toBe('1');
  });

  it('labels payment terms from the org table, or "Net n" for custom days', () => {
    const db = testDb();
    expect(resolve(ctx(db), { contact_name: 'A', payment_terms: 0, payment_terms_label: 'whatever' }).payment_terms_label).toBe('Due on Receipt');
    expect(resolve(ctx(db), { contact_name: 'B', payment_terms: 20 }).payment_terms_label).toBe('Net 20');
    expect(resolve(ctx(db), { contact_name: 'C', payment_terms: 20, payment_terms_label: 'Twenty days' }).payment_terms_label).toBe('Twenty days');
  });

  it('checks template slots fit their kind and document', () => {
    const db = testDb();
    const f = failure(() => resolve(ctx(db), { contact_name: 'A', default_templates: { invoice_template_id: '1', statement_email_template_id: '404' } }));
    expect(f.errors?.map((e) => e.field)).toEqual(['default_templates.invoice_template_id', 'default_templates.statement_email_template_id']);
  });

  it('makes a staff_assigned creator the owner, and refuses them another owner', () => {
    const db = testDb();
    expect(resolve(ctx(db, USERS.assignedA), { contact_name: 'A', owner_id: null }).owner_id).toBe(USERS.assignedA);
    expect(failure(() => resolve(ctx(db, USERS.assignedA), { contact_name: 'B', owner_id: USERS.assignedB })).code).toBe(ErrorCode.forbidden);
  });

  it('refuses owners that are not active staff_assigned users (3007), before uniqueness', () => {
    const db = testDb();
    addContact(db, { contact_name: 'Taken' });
    expect(failure(() => resolve(ctx(db), { contact_name: 'Taken', owner_id: USERS.assignedInactive })).code).toBe(ErrorCode.invalidOwner);
    expect(failure(() => resolve(ctx(db), { contact_name: 'taken' })).code).toBe(ErrorCode.duplicateName);
  });
});

describe('resolveContact: update', () => {
  it('changes only the fields sent and merges partial addresses', () => {
    const db = testDb();
    const existing = addContact(
      db,
      {
        contact_name: 'Acme',
        notes: 'keep',
        website: 'acme.example',
        billing_address: { attention: 'AP', address: '1 Main', street2: '', city: 'Tokyo', state: '', zip: '', country: 'JP', phone: '', fax: '' },
      },
      [{ first_name: 'Ann', email: 'ann@acme.example' }],
    );
    const u = resolve(ctx(db, USERS.admin, existing), { contact_name: 'Acme', billing_address: { city: 'Osaka' } });
    expect(u).toMatchObject({ notes: 'keep', website: 'acme.example', email: 'ann@acme.example', contact_persons: existing.contact_persons });
    expect(u.billing_address).toMatchObject({ attention: 'AP', address: '1 Main', city: 'Osaka' });
    const t = resolve(ctx(db, USERS.admin, existing), { contact_name: 'Acme', default_templates: { statement_template_id: '3' } });
    expect(t.default_templates).toEqual({ ...existing.default_templates, statement_template_id: '3' });
  });

  it('checks staleness first (409 3010) and keeps the currency of a customer with transactions (3004)', () => {
    const db = testDb();
    const existing = addContact(db, { contact_name: 'Acme' });
    const stale = failure(() =>
      resolve(ctx(db, USERS.admin, existing), { contact_name: 'Acme', last_modified_time: '2020-01-01T00:00:00Z', currency_id: '99' }),
    );
    expect([stale.status, stale.code]).toEqual([409, ErrorCode.staleUpdate]);
    addInvoice(db, existing.contact_id);
    expect(failure(() => resolve(ctx(db, USERS.admin, existing), { contact_name: 'Acme', currency_id: '2' })).code).toBe(ErrorCode.currencyLocked);
    expect(resolve(ctx(db, USERS.admin, existing), { contact_name: 'Acme', currency_id: '1' }).currency_id).toBe('1');
  });

  it('does not re-check uniqueness when the name key is unchanged', () => {
    const db = testDb();
    const a = addContact(db, { contact_name: 'Acme' });
    addContact(db, { contact_name: 'ACME' }); // a duplicate from before the org forbade them
    expect(resolve(ctx(db, USERS.admin, a), { contact_name: 'acme', notes: 'x' }).contact_name).toBe('acme');
  });

  it('refuses the portal once the last email is gone (3005)', () => {
    const db = testDb();
    const c = addContact(db, { contact_name: 'Acme', is_portal_enabled: true }, [{ email: 'a@x.example' }]);
    expect(failure(() => resolve(ctx(db, USERS.admin, c), { contact_name: 'Acme', email: '' })).code).toBe(ErrorCode.portalNeedsEmail);
  });

  it('lets staff keep but not change an owner', () => {
    const db = testDb();
    const c = addContact(db, { contact_name: 'Acme', owner_id: USERS.assignedA });
    expect(resolve(ctx(db, USERS.staff, c), { contact_name: 'Acme', owner_id: USERS.assignedA }).owner_id).toBe(USERS.assignedA);
    expect(failure(() => resolve(ctx(db, USERS.staff, c), { contact_name: 'Acme', owner_id: '' })).status).toBe(403);
  });
});
