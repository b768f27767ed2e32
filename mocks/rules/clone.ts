/**
 * Clone a customer to serve another currency: its profile (persons with new ids, addresses,
 * terms, price list, custom fields, templates, owner, remarks) but never its transactions,
 * history, credits or merge link.
 */
import { ErrorCode, type CloneInput } from '../../src/api/schemas';
import type { Database } from '../db/store';
import type { ContactRecord } from '../db/types';
import { assertNameAvailable } from './contacts';
import { refuse } from './failure';
import { hasEmail, withMirror } from './persons';

export interface CloneContext {
  db: Database;
  newId: (counter: 'contact' | 'contact_person') => string;
  now: string;
}

/** The new record, or a RuleFailure (1001 currency/portal, 3001 name, 3005 portal email). */
export function cloneContact(ctx: CloneContext, source: ContactRecord, input: CloneInput): ContactRecord {
  const { db } = ctx;
  if (!db.tables.currencies.has(input.currency_id)) throw refuse.field('currency_id', 'Currency does not exist.');
  if (input.enable_portal && source.is_portal_enabled) {
    // One customer, one portal login: the original already holds it.
    throw refuse.field('enable_portal', 'The original customer already has portal access, so the clone cannot enable it.');
  }
  assertNameAvailable(db, input.contact_name);
  if (input.enable_portal && !hasEmail(source)) {
    throw refuse.rule(ErrorCode.portalNeedsEmail, 'Portal access needs an email address for this customer.', 'enable_portal');
  }
  return withMirror({
    ...structuredClone(source),
    contact_id: ctx.newId('contact'),
    contact_name: input.contact_name,
    currency_id: input.currency_id,
    status: 'active',
    is_portal_enabled: input.enable_portal,
    contact_persons: source.contact_persons.map((p) => ({ ...p, contact_person_id: ctx.newId('contact_person') })),
    merged_into_contact_id: '',
    unused_credits_minor: 0,
    created_time: ctx.now,
    last_modified_time: ctx.now,
  });
}
