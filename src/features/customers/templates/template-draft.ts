/** The "+ New template" draft and its checks (pure; the API re-checks with templateInputSchema). */
import { pdfLayouts, type Template } from '../../../api/schemas';
import type { MessageKey } from '../../../lib/i18n';
import { normaliseName, textProblem } from '../../../lib/text';

export type TemplateField = 'template_name' | 'layout' | 'accent_color' | 'subject' | 'body';
export type Layout = (typeof pdfLayouts)[number];
export const isLayout = (s: string): s is Layout => (pdfLayouts as readonly string[]).includes(s);

export interface TemplateDraft {
  template_name: string;
  layout: Layout;
  accent_color: string;
  subject: string;
  body: string;
}

/** Problems with a draft, as i18n keys by field. */
export function checkTemplateDraft(d: TemplateDraft, kind: Template['kind']): Partial<Record<TemplateField, MessageKey>> {
  const out: Partial<Record<TemplateField, MessageKey>> = {};
  const name = normaliseName(d.template_name);
  const nameProblem = textProblem(name);
  if (!name) out.template_name = 'act.tpl.new.nameRequired';
  else if (nameProblem) out.template_name = `common.text.${nameProblem}`;
  else if (name.length > 100) out.template_name = 'act.tpl.new.nameTooLong';
  if (kind === 'pdf' && !/^#[0-9a-fA-F]{6}$/.test(d.accent_color)) out.accent_color = 'act.tpl.new.accentInvalid';
  if (kind === 'email') {
    const subjectProblem = textProblem(d.subject);
    const bodyProblem = textProblem(d.body, { multiline: true });
    if (!d.subject.trim()) out.subject = 'act.tpl.new.subjectRequired';
    else if (subjectProblem) out.subject = `common.text.${subjectProblem}`;
    else if (d.subject.length > 1000) out.subject = 'act.tpl.new.subjectTooLong';
    if (!d.body.trim()) out.body = 'act.tpl.new.bodyRequired';
    else if (bodyProblem) out.body = `common.text.${bodyProblem}`;
    else if (d.body.length > 5000) out.body = 'act.tpl.new.bodyTooLong';
  }
  return out;
}
