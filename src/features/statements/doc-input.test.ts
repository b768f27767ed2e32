import { describe, expect, it } from 'vitest';
import { muellerStatement } from '../../lib/pdf/test-fixtures';
import { docInput, type LayoutTemplate } from './doc-input';

const templates: LayoutTemplate[] = [
  { template_id: '1', kind: 'pdf', document: 'statement', layout: 'standard', accent_color: '#1f6feb', is_default: true },
  { template_id: '2', kind: 'pdf', document: 'statement', layout: 'compact', accent_color: '#2f855a' },
  { template_id: '3', kind: 'pdf', document: 'statement', layout: 'japanese', accent_color: '#b83280' },
  { template_id: '4', kind: 'pdf', document: 'invoice', layout: 'compact' },
];

describe('docInput', () => {
  it("uses the statement's template layout and accent", () => {
    expect(docInput({ ...muellerStatement, template_id: '3' }, templates)).toMatchObject({ layout: 'japanese', accent_color: '#b83280' });
    expect(docInput({ ...muellerStatement, template_id: '2' }, templates)).toMatchObject({ layout: 'compact' });
  });
  it('falls back to the default statement template, then to standard', () => {
    expect(docInput({ ...muellerStatement, template_id: '4' }, templates)).toMatchObject({ layout: 'standard', accent_color: '#1f6feb' });
    expect(docInput({ ...muellerStatement, template_id: '' }, [])).toEqual({ statement: { ...muellerStatement, template_id: '' }, layout: 'standard' });
  });
});
