/**
 * Client portal access of a customer merged into another: the merge takes it away (the
 * customer's invoices now belong to the master), and it cannot be turned on again while the
 * link stands. Re-activating the customer ends the link, and with it this refusal.
 */
import type { ContactRecord } from '../db/types';
import { refuse, type RuleFailure } from './failure';

/**
 * 1001 on `is_portal_enabled` for a merged-away customer, or null. The master is not named: a
 * restricted user who owns this customer may not be allowed to see it.
 */
export function mergedPortalRefusal(c: ContactRecord): RuleFailure | null {
  if (!c.merged_into_contact_id) return null;
  return refuse.field(
    'is_portal_enabled',
    `"${c.contact_name}" has been merged into another customer, so it cannot have portal access. Mark it as active to use it again.`,
  );
}
