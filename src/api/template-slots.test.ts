import { describe, expect, it } from 'vitest';
import type { Template } from './schemas';
import { mergeGallery, resolveSlot, templateSlots, templatesFor } from './template-slots';

const tpl = (template_id: string, kind: Template['kind'], document: Template['document'], is_default = false): Template => ({
  template_id,
  template_name: `T${template_id}`,
  kind,
  document,
  is_default,
});
const gallery = [
  tpl('1', 'pdf', 'statement', true),
  tpl('2', 'pdf', 'statement'),
  tpl('4', 'pdf', 'invoice', true),
  tpl('8', 'email', 'statement', true),
  tpl('11', 'pdf', 'statement'),
];
const statementPdf = templateSlots[2];

describe('template slots', () => {
  it('lists six slots, PDF then email per document', () => {
    expect(templateSlots.map((s) => `${s.document}/${s.kind}`)).toEqual([
      'invoice/pdf',
      'invoice/email',
      'statement/pdf',
      'statement/email',
      'payment_thankyou/pdf',
      'payment_thankyou/email',
    ]);
  });
  it('offers only templates of the slot kind and document, default first', () => {
    expect(templatesFor([gallery[4], ...gallery], statementPdf).map((t) => t.template_id)).toEqual(['1', '2', '11', '11']);
    expect(templatesFor(gallery, templateSlots[1])).toEqual([]);
  });
  it('resolves an empty choice to the org default', () => {
    expect(resolveSlot(gallery, statementPdf, '')?.template_id).toBe('1');
    expect(resolveSlot(gallery, statementPdf, '2')?.template_id).toBe('2');
    expect(resolveSlot(gallery, statementPdf, '4')).toBeUndefined();
  });
  it('adds just-created templates until the gallery has them', () => {
    expect(mergeGallery(gallery, [tpl('11', 'pdf', 'statement'), tpl('12', 'email', 'invoice')]).map((t) => t.template_id)).toEqual([
      '1',
      '2',
      '4',
      '8',
      '11',
      '12',
    ]);
  });
});
