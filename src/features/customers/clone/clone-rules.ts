/** The clone dialog's choices and its name check, as pure functions. */
import { displayNameSchema, type Contact, type Currency } from '../../../api/schemas';
import type { MessageKey } from '../../../lib/i18n';
import { textProblem } from '../../../lib/text';

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

/**
 * What is wrong with the clone's display name, as an i18n key (its `{max}` is
 * MAX_DISPLAY_NAME_LENGTH), or null: the contract's display-name rules, as every write takes it.
 */
export function cloneNameProblem(name: string): MessageKey | null {
  const result = displayNameSchema.safeParse(name);
  if (result.success) return null;
  switch (result.error.issues[0]?.code) {
    case 'too_small':
      return 'clone.nameRequired';
    case 'too_big':
      return 'clone.nameTooLong';
    default:
      return `common.text.${textProblem(name) ?? 'badChar'}`;
  }
}
