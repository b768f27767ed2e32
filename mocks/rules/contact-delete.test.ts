import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/api/schemas';
import { deleteRefusal, mergeMasterIds } from './contact-delete';
import { mergedPortalRefusal } from './portal';
import { addContact, addInvoice, testDb } from './rule-fixtures';

describe('deleteRefusal', () => {
  it('refuses customers with transactions (3002) and merge masters (3009), nobody else', () => {
    const db = testDb();
    const master = addContact(db, { contact_name: 'Master' });
    const gone = addContact(db, { contact_name: 'Gone', status: 'inactive', merged_into_contact_id: master.contact_id });
    const invoiced = addContact(db, { contact_name: 'Invoiced' });
    const free = addContact(db, { contact_name: 'Free' });
    addInvoice(db, invoiced.contact_id);
    expect([...mergeMasterIds(db)]).toEqual([master.contact_id]);
    expect(deleteRefusal(db, master.contact_id)?.code).toBe(ErrorCode.masterHasMerged);
    expect(deleteRefusal(db, invoiced.contact_id)?.code).toBe(ErrorCode.hasTransactions);
    expect(deleteRefusal(db, gone.contact_id)).toBeNull();
    expect(deleteRefusal(db, free.contact_id)).toBeNull();
  });
});

describe('mergedPortalRefusal', () => {
  it('refuses a merged-away customer without naming the master (it may be hidden), and is null for the others', () => {
    const db = testDb();
    const master = addContact(db, { contact_name: 'Master' });
    const gone = addContact(db, { contact_name: 'Gone', status: 'inactive', merged_into_contact_id: master.contact_id });
    expect(mergedPortalRefusal(master)).toBeNull();
    const refusal = mergedPortalRefusal(gone);
    expect([refusal?.code, refusal?.errors?.[0].field]).toEqual([ErrorCode.invalid, 'is_portal_enabled']);
    expect(refusal?.message).toContain('"Gone" has been merged into another customer');
    expect(refusal?.message).not.toContain('Master');
  });
});
