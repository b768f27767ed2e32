import { describe, expect, it } from 'vitest';
import { CUSTOM_FIELDS, USERS } from '../scenarios/reference';
import { importInputSchema } from '../../src/api/schemas';
import { applyImport, planImport } from './import';
import { matcher, nonEmptyOnly, resolveMatchKey } from './import-match';
import { addContact, NOW, testDb, userOf } from './rule-fixtures';
import { RuleFailure } from './failure';

const input = (v: unknown) => importInputSchema.parse(v);
const code = (value: string) => ({ customfield_id: CUSTOM_FIELDS.code, value });
const actions = (plan: ReturnType<typeof planImport>) => plan.plan.map((p) => [p.row, p.action, p.contact_id]);

describe('match keys', () => {
  it('folds case and width of emails and display names', () => {
    const db = testDb();
    const acme = addContact(db, { contact_name: 'Acme Trading' }, [{ email: 'Info@Acme.example' }]);
    const byEmail = matcher(db, userOf(db), resolveMatchKey(db, 'email'));
    expect(byEmail('ＩＮＦＯ＠acme.EXAMPLE ').map((c) => c.contact_id)).toEqual([acme.contact_id]);
    expect(byEmail('info@acme.example\u200b').map((c) => c.contact_id)).toEqual([acme.contact_id]);
    expect(byEmail('other@acme.example')).toEqual([]);
    const byName = matcher(db, userOf(db), resolveMatchKey(db, 'contact_name'));
    expect(byName('ＡＣＭＥ  trading').map((c) => c.contact_id)).toEqual([acme.contact_id]);
    // Display names match as they are unique (case, width, spaces), not by the looser merge keys.
    expect(byName('Acme Trading Inc.')).toEqual([]);
  });

  it('matches nothing on an empty key: the row creates, saying why', () => {
    const db = testDb();
    addContact(db, { contact_name: 'No Mail' });
    expect(matcher(db, userOf(db), resolveMatchKey(db, 'email'))('  ')).toEqual([]);
    const plan = planImport(db, userOf(db), input({ rows: [{ contact_name: 'Fresh', email: '' }], match_by: 'email', on_duplicate: 'update' }), NOW);
    expect(plan.plan[0]).toMatchObject({ action: 'create', reasons: ['The row has no email to match by.'] });
  });

  it('takes only unique custom fields, by their API name', () => {
    const db = testDb();
    expect(resolveMatchKey(db, 'cf_customer_code').custom?.customfield_id).toBe(CUSTOM_FIELDS.code);
    const refusal = (by: string) => {
      try {
        resolveMatchKey(db, by);
      } catch (err) {
        if (err instanceof RuleFailure) return err.errors ?? [];
        throw err;
      }
      return [];
    };
    expect(refusal('cf_credit_limit')).toEqual([{ field: 'match_by', message: 'Credit Limit is not a unique field, so it cannot identify a customer.' }]);
    expect(refusal('cf_nope')?.[0]).toMatchObject({ field: 'match_by' });
  });

  it('updates the customer a unique custom field names, whatever its case or width', () => {
    const db = testDb();
    const a = addContact(db, {
      contact_name: 'Alpha',
      notes: 'old',
      custom_fields: [{ customfield_id: CUSTOM_FIELDS.code, label: 'Customer Code', value: 'ab-001' }],
    });
    const plan = planImport(
      db,
      userOf(db),
      input({
        rows: [{ contact_name: 'Alpha Renamed', notes: 'new', custom_fields: [code('ＡＢ-001')] }],
        match_by: 'cf_customer_code',
        on_duplicate: 'update',
      }),
      NOW,
    );
    expect(actions(plan)).toEqual([[1, 'update', a.contact_id]]);
    expect(plan.plan[0].reasons[0]).toBe('Matches "Alpha" by Customer Code.');
  });
});

describe('what is never guessed', () => {
  it('reports both rows when two rows match the same customer, and writes neither', () => {
    const db = testDb();
    const acme = addContact(db, { contact_name: 'Acme' }, [{ email: 'ap@acme.example' }]);
    const rows = [
      { contact_name: 'Acme East', email: 'AP@acme.example' },
      { contact_name: 'Other', email: 'x@other.example' },
      { contact_name: 'Acme West', email: 'ap@ACME.example' },
    ];
    const plan = planImport(db, userOf(db), input({ rows, match_by: 'email', on_duplicate: 'update' }), NOW);
    expect(actions(plan)).toEqual([
      [1, 'invalid', undefined],
      [2, 'create', undefined],
      [3, 'invalid', undefined],
    ]);
    expect(plan.plan[0].reasons).toEqual(['Matches the same customer ("Acme") by email as row 3 of the file.']);
    expect(plan.plan[2].reasons).toEqual(['Matches the same customer ("Acme") by email as row 1 of the file.']);
    expect(plan.errors.map((e) => e.field)).toEqual(['rows.0.email', 'rows.2.email']);
    expect(plan.accepted.map((a) => a.index)).toEqual([1]);
    // Skipping changes nothing, so both are simply skipped.
    const skip = planImport(db, userOf(db), input({ rows, match_by: 'email', on_duplicate: 'skip' }), NOW);
    expect(actions(skip)).toEqual([
      [1, 'skip', acme.contact_id],
      [2, 'create', undefined],
      [3, 'skip', acme.contact_id],
    ]);
  });

  it('reports a row that matches two customers instead of picking one', () => {
    const db = testDb();
    addContact(db, { contact_name: 'Acme' }, [{ email: 'shared@example.com' }]);
    addContact(db, { contact_name: 'Globex' }, [{ email: 'Shared@Example.com' }]);
    const plan = planImport(
      db,
      userOf(db),
      input({ rows: [{ contact_name: 'Who', email: 'shared@example.com' }], match_by: 'email', on_duplicate: 'overwrite' }),
      NOW,
    );
    expect(plan.plan[0]).toMatchObject({
      action: 'invalid',
      reasons: ['Matches 2 customers by email ("Acme" and "Globex"), so which one is meant is not guessed.'],
    });
    expect(plan.plan[0].contact_id).toBeUndefined();
    expect(plan.accepted).toEqual([]);
  });
});

describe('update', () => {
  it('changes only the non-empty values of the row', () => {
    const db = testDb();
    const acme = addContact(
      db,
      { contact_name: 'Acme', notes: 'keep', website: 'acme.example', billing_address: { ...emptyAddress(), city: 'Osaka', zip: '530-0001' } },
      [{ email: 'ap@acme.example', phone: '0312345678' }],
    );
    const row = { contact_name: 'ACME', notes: '', website: 'new.example', phone: '  ', email: 'ap@acme.example', billing_address: { city: 'Kyoto', zip: '' } };
    const plan = planImport(db, userOf(db), input({ rows: [row], on_duplicate: 'update' }), NOW);
    expect(actions(plan)).toEqual([[1, 'update', acme.contact_id]]);
    db.transactSync((tx) => applyImport(tx, db, userOf(db), plan, NOW));
    expect(db.tables.contacts.get(acme.contact_id)).toMatchObject({
      contact_name: 'ACME',
      notes: 'keep',
      website: 'new.example',
      phone: '0312345678',
      billing_address: { city: 'Kyoto', zip: '530-0001' },
    });
    expect(db.tables.contacts.size).toBe(1);
    expect(plan.summary).toMatchObject({ updated: 1, created: 0 });
  });

  it('keeps the stored display name when the row has none (matching by another key)', () => {
    const db = testDb();
    const a = addContact(db, { contact_name: 'Alpha' }, [{ email: 'a@x.example' }]);
    expect(nonEmptyOnly({ contact_name: '', email: 'a@x.example', custom_fields: [code('')] }, a)).toEqual({ contact_name: 'Alpha', email: 'a@x.example' });
  });

  it('matches only customers a restricted user may see', () => {
    const db = testDb();
    addContact(db, { contact_name: 'Theirs', owner_id: USERS.assignedB }, [{ email: 'shared@example.com' }]);
    const mine = addContact(db, { contact_name: 'Mine', owner_id: USERS.assignedA }, [{ email: 'shared@example.com' }]);
    const staff = userOf(db, USERS.assignedA);
    const plan = planImport(
      db,
      staff,
      input({ rows: [{ contact_name: 'Mine', email: 'shared@example.com', notes: 'n' }], match_by: 'email', on_duplicate: 'update' }),
      NOW,
    );
    // Not "matches 2 customers": the other one is not theirs to know about.
    expect(actions(plan)).toEqual([[1, 'update', mine.contact_id]]);
    expect(JSON.stringify(plan.plan)).not.toContain('Theirs');
  });
});

function emptyAddress() {
  return { attention: '', address: '', street2: '', city: '', state: '', zip: '', country: '', phone: '', fax: '' };
}
