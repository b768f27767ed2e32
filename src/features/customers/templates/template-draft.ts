/**
 * The "+ New template" draft, the request it becomes, and its checks (pure): the request is
 * checked with the contract's templateInputSchema, the API's own check, and each refusal is
 * worded as an i18n key.
 */
import { MAX_MAIL_BODY_LENGTH, MAX_SUBJECT_LENGTH, MAX_TEMPLATE_NAME_LENGTH } from '../../../api/limits';
import { templateDocuments, templateInputSchema, type pdfLayouts, type Template, type TemplateInput } from '../../../api/schemas';
import type { MessageKey } from '../../../lib/i18n';
import { textProblem, type TextRules } from '../../../lib/text';
import type { TemplateSlot } from './template-slots';

export type TemplateField = 'template_name' | 'layout' | 'accent_color' | 'subject' | 'body';
export type Layout = (typeof pdfLayouts)[number];

export interface TemplateDraft {
  template_name: string;
  layout: Layout;
  accent_color: string;
  subject: string;
  body: string;
}

/** The fields a kind of template has, in the form's order. */
export const templateFields: Record<Template['kind'], TemplateField[]> = {
  pdf: ['template_name', 'layout', 'accent_color'],
  email: ['template_name', 'subject', 'body'],
};

/** The `{max}` of each field's "too long" message. */
export const templateFieldMax: Partial<Record<TemplateField, number>> = {
  template_name: MAX_TEMPLATE_NAME_LENGTH,
  subject: MAX_SUBJECT_LENGTH,
  body: MAX_MAIL_BODY_LENGTH,
};

/** The request for a draft: a PDF template has a layout and accent, an email one a subject and body. */
export function templatePayload(d: TemplateDraft, slot: Pick<TemplateSlot, 'kind' | 'document'>): TemplateInput {
  const base = { template_name: d.template_name.trim(), kind: slot.kind, document: slot.document };
  return slot.kind === 'pdf' ? { ...base, layout: d.layout, accent_color: d.accent_color } : { ...base, subject: d.subject, body: d.body };
}

type Texts = { required: MessageKey; tooLong: MessageKey; rules?: TextRules };
const texts: Partial<Record<TemplateField, Texts>> = {
  template_name: { required: 'templates.new.nameRequired', tooLong: 'templates.new.nameTooLong' },
  subject: { required: 'templates.new.subjectRequired', tooLong: 'templates.new.subjectTooLong' },
  body: { required: 'templates.new.bodyRequired', tooLong: 'templates.new.bodyTooLong', rules: { multiline: true } },
};

/** Problems with a draft, as i18n keys by field (the document does not change what is valid). */
export function checkTemplateDraft(d: TemplateDraft, kind: Template['kind']): Partial<Record<TemplateField, MessageKey>> {
  const out: Partial<Record<TemplateField, MessageKey>> = {};
  const result = templateInputSchema.safeParse(templatePayload(d, { kind, document: templateDocuments[0] }));
  if (result.success) return out;
  for (const issue of result.error.issues) {
    const field = templateFields[kind].find((f) => f === issue.path[0]);
    if (!field || out[field]) continue;
    const text = texts[field];
    if (field === 'accent_color') out[field] = 'templates.new.accentInvalid';
    else if (!text) continue;
    else if (issue.code === 'too_small') out[field] = text.required;
    else if (issue.code === 'too_big') out[field] = text.tooLong;
    else {
      // A refused character, or (for the subject and body) the contract's "required".
      const problem = textProblem(d[field], text.rules);
      out[field] = problem ? `common.text.${problem}` : text.required;
    }
  }
  return out;
}
