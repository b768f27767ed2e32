/**
 * Request bodies that were once written inside their handlers: the contract's, so they live
 * here beside the others (the mock parses with them, the OpenAPI document states them).
 */
import { z } from 'zod/mini';
import { idSchema } from './common';
import { contactPersonInputSchema } from './contact';
import { mockConfigSchema } from './mock-control';
import { preferencesSchema, reminderRuleSchema } from './reference';
import { nameText, safeText } from './text';

/** PUT /contacts/contactpersons/{pid}: a person's fields (only those sent change). */
export const contactPersonFieldsSchema = z.omit(contactPersonInputSchema, { contact_person_id: true });
/** POST /contacts/contactpersons: a new person of the customer `contact_id`. */
export const newContactPersonSchema = z.extend(contactPersonFieldsSchema, { contact_id: idSchema });

/** PUT /settings/preferences takes any subset of the preferences; unknown keys are ignored. */
export const preferencesInputSchema = z.partial(
  z.extend(preferencesSchema, {
    org_name: nameText({ label: 'Organisation name', max: 200, required: 'Organisation name is required.' }),
    org_address: safeText({ label: 'Organisation address', multiline: true }),
  }),
);

/** A reminder rule as PUT /settings/reminders takes it: a year either side of the due date is plenty. */
export const reminderRuleInputSchema = z.extend(reminderRuleSchema, {
  days_after_due: z.number().check(z.int(), z.minimum(-365), z.maximum(365)),
});
/** PUT /settings/reminders: `{reminders: [...]}` like the response (the bare list is taken too). */
export const reminderScheduleInputSchema = z.object({ reminders: z.array(reminderRuleInputSchema) });

/** PUT /__mock/config: any subset of the settings. */
export const mockConfigInputSchema = z.partial(mockConfigSchema);
