/**
 * The six template slots of a customer, in dialog order, and which gallery entries fit each:
 * contract knowledge (which kind and document each default_templates slot holds), shared by
 * Associate Templates and Email Customer.
 */
import type { DefaultTemplates, Template, TemplateDocument, TemplateKind } from './schemas';

export interface TemplateSlot {
  key: keyof DefaultTemplates;
  kind: TemplateKind;
  document: TemplateDocument;
}

export const templateSlots: TemplateSlot[] = [
  { key: 'invoice_template_id', kind: 'pdf', document: 'invoice' },
  { key: 'invoice_email_template_id', kind: 'email', document: 'invoice' },
  { key: 'statement_template_id', kind: 'pdf', document: 'statement' },
  { key: 'statement_email_template_id', kind: 'email', document: 'statement' },
  { key: 'payment_thankyou_template_id', kind: 'pdf', document: 'payment_thankyou' },
  { key: 'payment_thankyou_email_template_id', kind: 'email', document: 'payment_thankyou' },
];

export const fitsSlot = (t: Template, slot: TemplateSlot): boolean => t.kind === slot.kind && t.document === slot.document;

/** The gallery entries for a slot, the org default first, then by id. */
export function templatesFor(all: Template[], slot: TemplateSlot): Template[] {
  return all.filter((t) => fitsSlot(t, slot)).sort((a, b) => Number(!!b.is_default) - Number(!!a.is_default) || Number(a.template_id) - Number(b.template_id));
}

/** The template a slot value stands for: '' means the org default of that slot. */
export function resolveSlot(all: Template[], slot: TemplateSlot, id: string): Template | undefined {
  const fitting = templatesFor(all, slot);
  return id ? fitting.find((t) => t.template_id === id) : fitting.find((t) => t.is_default);
}

/** Gallery entries plus ones just created here (until the gallery refetches), without duplicates. */
export function mergeGallery(gallery: Template[], created: Template[]): Template[] {
  const ids = new Set(gallery.map((t) => t.template_id));
  return [...gallery, ...created.filter((t) => !ids.has(t.template_id))];
}
