import { describe, expect, it } from 'vitest';
import type { ImportMapping, ImportPlanRow, ImportResult, ImportSummary } from '../../src/api/schemas';
import { takeSnapshot, parseSnapshot } from '../snapshot/document';
import { CUSTOM_FIELDS, USERS } from '../scenarios/reference';
import { actAs, call, snapshot, useMockApi } from '../testing';
import { db } from '../runtime';
import { commentsOf, seedContact } from './contact-fixtures.test-helper';

type Plan = { plan: ImportPlanRow[]; summary: ImportSummary };
type Import = { results: ImportResult[]; summary: ImportSummary };

describe('POST /contacts/import by a match key', () => {
  useMockApi('empty');

  it('answers the plan of a dry run, invalid rows included, and writes nothing', async () => {
    const acme = seedContact({ contact_name: 'Acme' }, [{ email: 'ap@acme.example' }]);
    const before = snapshot();
    const r = await call<Plan>('POST', '/contacts/import', {
      rows: [{ contact_name: 'ACME', notes: 'x' }, { contact_name: 'New Co' }, { contact_name: 'Bad', email: 'nope' }],
      on_duplicate: 'update',
      dry_run: true,
    });
    expect(r.status).toBe(200);
    expect(r.body.plan.map((p) => [p.row, p.action, p.contact_id])).toEqual([
      [1, 'update', acme.contact_id],
      [2, 'create', undefined],
      [3, 'invalid', undefined],
    ]);
    expect(r.body.plan[2].reasons.join(' ')).toContain('Enter a valid email address.');
    expect(r.body.summary).toEqual({ created: 1, updated: 1, overwritten: 0, skipped: 0, invalid: 1 });
    expect(snapshot()).toBe(before);
  });

  it('updates only the mapped, non-empty columns, with the change in the history', async () => {
    const acme = seedContact({ contact_name: 'Acme', notes: 'keep me', website: 'old.example', company_name: 'Acme KK' }, [{ email: 'ap@acme.example' }]);
    const r = await call<Import>('POST', '/contacts/import', {
      rows: [
        {
          contact_name: 'Acme',
          email: 'AP@ACME.EXAMPLE',
          notes: '',
          website: 'new.example',
          custom_fields: [{ customfield_id: CUSTOM_FIELDS.region, value: '' }],
        },
      ],
      match_by: 'email',
      on_duplicate: 'update',
    });
    expect(r.status).toBe(200);
    expect(r.body.results[0]).toMatchObject({ status: 'updated', contact_id: acme.contact_id });
    expect(r.body.summary.updated).toBe(1);
    const after = db.tables.contacts.get(acme.contact_id);
    // The email is mapped and non-empty, so it too takes the row's spelling.
    expect(after).toMatchObject({ notes: 'keep me', website: 'new.example', company_name: 'Acme KK', email: 'AP@ACME.EXAMPLE' });
    expect(db.tables.contacts.size).toBe(1);
    const history = commentsOf(acme.contact_id);
    expect(history.map((c) => c.description)).toEqual([expect.stringContaining('(import)')]);
    // The audit trail lists exactly what the update changed: the website and the email's spelling, not the kept notes.
    expect(history[0].changes?.map((c) => [c.field, c.old_value, c.new_value])).toEqual(expect.arrayContaining([['website', 'old.example', 'new.example']]));
    expect(history[0].changes?.some((c) => c.field === 'notes')).toBe(false);
    // Overwrite, by contrast, clears what the row leaves empty.
    await call('POST', '/contacts/import', { rows: [{ contact_name: 'Acme', notes: '' }], on_duplicate: 'overwrite' });
    expect(db.tables.contacts.get(acme.contact_id)?.notes).toBe('');
  });

  it('is all-or-nothing: two rows naming one customer write nothing unless invalid rows are skipped', async () => {
    const acme = seedContact({ contact_name: 'Acme', notes: 'old' }, [{ email: 'ap@acme.example' }]);
    const rows = [
      { contact_name: 'Acme', email: 'ap@acme.example', notes: 'one' },
      { contact_name: 'Acme 2', email: 'ap@acme.example', notes: 'two' },
      { contact_name: 'Fresh', email: 'f@x.example' },
    ];
    const before = snapshot();
    const refused = await call<Import>('POST', '/contacts/import', { rows, match_by: 'email', on_duplicate: 'update' });
    expect(refused.status).toBe(400);
    expect(refused.body.results.map((x) => x.row)).toEqual([1, 2]);
    expect(snapshot()).toBe(before);
    const skipped = await call<Import>('POST', '/contacts/import', { rows, match_by: 'email', on_duplicate: 'update', skip_invalid: true });
    expect(skipped.body.summary).toMatchObject({ created: 1, updated: 0, invalid: 2 });
    expect(db.tables.contacts.get(acme.contact_id)?.notes).toBe('old');
  });

  it('refuses a match key that is no unique custom field (1001 on match_by)', async () => {
    for (const match_by of ['cf_credit_limit', 'cf_missing', 'phone', 'cf_' + 'x'.repeat(100)]) {
      const r = await call('POST', '/contacts/import', { rows: [{ contact_name: 'A' }], match_by, dry_run: true });
      expect([r.status, r.body.code, r.body.errors?.[0].field], match_by).toEqual([400, 1001, 'match_by']);
    }
  });

  it('lets a restricted user match only their own customers, never revealing another’s', async () => {
    const theirs = seedContact({ contact_name: 'Theirs', owner_id: USERS.assignedB, notes: 'untouched' }, [{ email: 'shared@example.com' }]);
    seedContact({
      contact_name: 'Coded',
      owner_id: USERS.assignedB,
      custom_fields: [{ customfield_id: CUSTOM_FIELDS.code, label: 'Customer Code', value: 'C-1' }],
    });
    await actAs(USERS.assignedA);
    const r = await call<Plan>('POST', '/contacts/import', {
      rows: [{ contact_name: 'My New One', email: 'shared@example.com', notes: 'mine' }],
      match_by: 'email',
      on_duplicate: 'update',
      dry_run: true,
    });
    // Their row creates a customer of their own; the other's is neither matched nor named.
    expect(r.body.plan[0]).toMatchObject({ action: 'create', reasons: ['No customer has this email.'] });
    expect(r.body.plan[0].contact_id).toBeUndefined();
    expect(JSON.stringify(r.body)).not.toContain('Theirs');
    const done = await call<Import>('POST', '/contacts/import', {
      rows: [{ contact_name: 'My New One', email: 'shared@example.com' }],
      match_by: 'email',
      on_duplicate: 'update',
    });
    expect(done.body.summary.created).toBe(1);
    expect(db.tables.contacts.get(theirs.contact_id)?.notes).toBe('untouched');
    // A unique code held by someone else's customer is refused as a create would be, without a match.
    const coded = await call<Plan>('POST', '/contacts/import', {
      rows: [{ contact_name: 'Mine Coded', custom_fields: [{ customfield_id: CUSTOM_FIELDS.code, value: 'C-1' }] }],
      match_by: 'cf_customer_code',
      on_duplicate: 'overwrite',
      dry_run: true,
    });
    expect(coded.body.plan[0].action).toBe('invalid');
    expect(coded.body.plan[0].contact_id).toBeUndefined();
    expect(coded.body.plan[0].reasons).toEqual(['Customer Code "C-1" is already used by another customer.']);
  });
});

describe('GET/PUT /settings/importmappings', () => {
  useMockApi('empty');
  const body = {
    columns: [
      { header: 'Display Name', field: 'contact_name' },
      { header: 'Email', field: 'email' },
      { header: 'Receivables', field: null },
    ],
    match_by: 'email',
    on_duplicate: 'update',
  };

  it('round-trips each user’s own selections, and a snapshot carries them', async () => {
    expect((await call<{ import_mapping: ImportMapping | null }>('GET', '/settings/importmappings')).body.import_mapping).toBeNull();
    const saved = await call<{ import_mapping: ImportMapping }>('PUT', '/settings/importmappings', body);
    expect(saved.status).toBe(200);
    expect(saved.body.import_mapping).toMatchObject({ ...body, user_id: USERS.admin });
    expect((await call<{ import_mapping: ImportMapping }>('GET', '/settings/importmappings')).body.import_mapping).toMatchObject(body);

    await actAs(USERS.assignedA);
    expect((await call<{ import_mapping: ImportMapping | null }>('GET', '/settings/importmappings')).body.import_mapping).toBeNull();
    await call('PUT', '/settings/importmappings', { ...body, match_by: 'contact_name', on_duplicate: 'skip' });
    await actAs(USERS.admin);
    expect((await call<{ import_mapping: ImportMapping }>('GET', '/settings/importmappings')).body.import_mapping.match_by).toBe('email');

    const doc = takeSnapshot(db);
    expect(doc.import_mappings?.map((m) => m.user_id).sort()).toEqual([USERS.admin, USERS.assignedA]);
    expect(parseSnapshot(JSON.parse(JSON.stringify(doc))).ok).toBe(true);
    // A document written before import mappings still loads.
    const { import_mappings: _left, ...older } = doc;
    expect(parseSnapshot(JSON.parse(JSON.stringify(older))).ok).toBe(true);
  });

  it('refuses unbounded or unknown selections with 1001 naming the field', async () => {
    const many = { ...body, columns: Array.from({ length: 301 }, (_, i) => ({ header: `C${i}`, field: null })) };
    expect((await call('PUT', '/settings/importmappings', many)).body.errors?.[0].field).toBe('columns');
    const bad = await call('PUT', '/settings/importmappings', { ...body, columns: [{ header: 'x'.repeat(201), field: '<script>' }] });
    expect(bad.body.errors?.map((e) => e.field).sort()).toEqual(['columns.0.field', 'columns.0.header']);
    expect((await call('PUT', '/settings/importmappings', { ...body, match_by: 'cf_credit_limit' })).body.errors?.[0].field).toBe('match_by');
    expect((await call('PUT', '/settings/importmappings', { ...body, on_duplicate: 'merge' })).body.errors?.[0].field).toBe('on_duplicate');
    expect((await call<{ import_mapping: null }>('GET', '/settings/importmappings')).body.import_mapping).toBeNull();
  });
});
