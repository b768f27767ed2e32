/** The clone dialog's choices, as pure functions. */
import type { Contact, Currency } from '../../../api/schemas';

/** A clone is for another currency: the original's currency is offered last. */
export function currencyChoices(currencies: Currency[], originalId: string): Currency[] {
  return [...currencies.filter((c) => c.currency_id !== originalId), ...currencies.filter((c) => c.currency_id === originalId)];
}

export const defaultCloneName = (name: string, suffix: string): string => `${name} ${suffix}`;

/**
 * Why the clone cannot enable the portal, or null: one customer, one portal login, so not when
 * the original has it; and the portal needs an email address.
 */
export function portalBlock(original: Pick<Contact, 'is_portal_enabled' | 'email' | 'contact_persons'>): 'original_has_portal' | 'no_email' | null {
  if (original.is_portal_enabled) return 'original_has_portal';
  if (!original.email && !original.contact_persons.some((p) => p.email)) return 'no_email';
  return null;
}
