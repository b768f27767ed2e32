import { z } from 'zod/mini';
import { hasControlCharacters, isValidMediaType } from '../attachments';
import { MAX_MAIL_BODY_LENGTH, MAX_SUBJECT_LENGTH } from '../limits';
import { idSchema } from './common';
import { nameText, safeText } from './text';

export const attachmentInputSchema = z.object({
  // One line, no control or bidi characters (an RLO can disguise "exe" as "pdf").
  file_name: nameText({ label: 'File name', max: 200, required: 'File name is required.' }),
  // A media type (RFC 6838 names, optional parameters), never a header-injection vector.
  content_type: z.string().check(
    z.minLength(1, 'Content type is required.'),
    z.refine((v) => !hasControlCharacters(v), { message: 'Content type cannot contain line breaks or other control characters.', abort: true }),
    z.refine(isValidMediaType, 'Content type must be a media type such as application/pdf (type/subtype, optional parameters).'),
    z.describe('A media type (type/subtype, optional parameters) without CR/LF or other control characters.'),
  ),
  content_base64: z.string(),
});
export type AttachmentInput = z.infer<typeof attachmentInputSchema>;

export const emailInputSchema = z.object({
  to_mail_ids: z.array(z.email()).check(z.minLength(1, 'Add at least one recipient.')),
  cc_mail_ids: z._default(z.array(z.email()), []),
  subject: safeText({
    label: 'Subject',
    max: MAX_SUBJECT_LENGTH,
    required: 'Subject is required.',
    tooLong: `Subject can be at most ${MAX_SUBJECT_LENGTH} characters.`,
  }),
  body: safeText({
    label: 'Body',
    max: MAX_MAIL_BODY_LENGTH,
    multiline: true,
    required: 'Body is required.',
    tooLong: `Body can be at most ${MAX_MAIL_BODY_LENGTH} characters.`,
  }),
  attachments: z._default(z.array(attachmentInputSchema), []),
});
export type EmailInput = z.input<typeof emailInputSchema>;

export const attachmentSchema = z.object({
  file_name: z.string(),
  content_type: z.string(),
  size: z.number().check(z.int()),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const outboxEmailSchema = z.object({
  email_id: idSchema,
  contact_id: idSchema,
  contact_name: z.string(),
  kind: z.enum(['email', 'statement']),
  to_mail_ids: z.array(z.string()),
  cc_mail_ids: z.array(z.string()),
  subject: z.string(),
  body: z.string(),
  attachments: z.array(attachmentSchema),
  sent_by: z.string(),
  sent_time: z.string(),
});
export type OutboxEmail = z.infer<typeof outboxEmailSchema>;

export const statementMailContentSchema = z.object({
  subject: z.string(),
  body: z.string(),
  to_contacts: z.array(
    z.object({
      contact_person_id: idSchema,
      email: z.string(),
      /** Ours: the person's name as a recipient list shows it. */
      name: z.string(),
      selected: z.boolean(),
      salutation: z.optional(z.string()),
      first_name: z.optional(z.string()),
      last_name: z.optional(z.string()),
      phone: z.optional(z.string()),
      mobile: z.optional(z.string()),
    }),
  ),
  file_name: z.string(),
  contact_id: z.optional(idSchema),
  /** Who the mail may be sent as (Zoho's); the acting user is selected. */
  from_emails: z.optional(z.array(z.object({ user_name: z.string(), email: z.string(), selected: z.boolean(), is_org_email_id: z.boolean() }))),
});
export type StatementMailContent = z.infer<typeof statementMailContentSchema>;
