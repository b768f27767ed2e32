/**
 * Client portal access of a customer merged into another: the merge takes it away (the
 * customer's invoices now belong to the master), and it cannot be turned on again while the
 * link stands. Re-activating the customer ends the link, and with it this refusal.
 */
import { ErrorCode } from '../../src/api/schemas';
import type { ContactRecord } from '../db/types';
import { refuse, type RuleFailure } from './failure';
import { hasEmail } from './persons';

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

/** Enabling the portal: not for a merged-away customer (1001), and only with an email (3005). */
export function assertCanEnablePortal(c: ContactRecord): void {
  const merged = mergedPortalRefusal(c);
  if (merged) throw merged;
  if (!hasEmail(c)) {
    throw refuse.rule(ErrorCode.portalNeedsEmail, 'Portal access needs an email address for this customer.', 'email');
  }
}

/** Editing the persons: losing the last email while the portal is on is refused (3005). */
export function assertPortalKeepsEmail(next: ContactRecord): void {
  if (next.is_portal_enabled && !hasEmail(next)) {
    throw refuse.rule(ErrorCode.portalNeedsEmail, 'Portal access needs an email address: disable the portal first.');
  }
}
