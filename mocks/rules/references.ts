/** Checks against reference data (payment terms, templates) shared by create, clone and bulk. */
import type { DefaultTemplates, FieldError, TemplateDocument, TemplateKind } from '../../src/api/schemas';
import type { Database } from '../db/store';

/**
 * The label of a payment term: the org's table wins (so "Net 30" is always spelled one way);
 * a custom number of days keeps the label sent, or reads "Net <n>".
 */
export function paymentTermsLabel(db: Database, days: number, sentLabel?: string): string {
  const row = db.tables.paymentTerms.all().find((t) => t.payment_terms === days);
  if (row) return row.payment_terms_label;
  return sentLabel?.trim() || `Net ${days}`;
}

/** Which kind of template each default_templates slot must hold. */
export const templateSlots: Record<keyof DefaultTemplates, { kind: TemplateKind; document: TemplateDocument }> = {
  invoice_template_id: { kind: 'pdf', document: 'invoice' },
  invoice_email_template_id: { kind: 'email', document: 'invoice' },
  statement_template_id: { kind: 'pdf', document: 'statement' },
  statement_email_template_id: { kind: 'email', document: 'statement' },
  payment_thankyou_template_id: { kind: 'pdf', document: 'payment_thankyou' },
  payment_thankyou_email_template_id: { kind: 'email', document: 'payment_thankyou' },
};

/** Each chosen template must exist and fit its slot; '' means "the org default". */
export function checkTemplates(db: Database, templates: DefaultTemplates): FieldError[] {
  const errors: FieldError[] = [];
  for (const [slot, want] of Object.entries(templateSlots) as [keyof DefaultTemplates, (typeof templateSlots)[keyof DefaultTemplates]][]) {
    const id = templates[slot];
    if (!id) continue;
    const t = db.tables.templates.get(id);
    if (!t) errors.push({ field: `default_templates.${slot}`, message: 'Template does not exist.' });
    else if (t.kind !== want.kind || t.document !== want.document) {
      errors.push({ field: `default_templates.${slot}`, message: `Choose a ${want.document.replace('_', ' ')} ${want.kind} template.` });
    }
  }
  return errors;
}
