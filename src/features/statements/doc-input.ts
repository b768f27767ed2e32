/** Statement + the template gallery → what the PDF renders (layout and accent colour). Pure. */
import type { Statement, Template } from '../../api/schemas';
import type { StatementDocInput, StatementLayout } from '../../lib/pdf/types';

export type LayoutTemplate = Pick<Template, 'template_id' | 'kind' | 'document' | 'layout' | 'accent_color' | 'is_default'>;

/**
 * The statement's template (the API names it, already falling back to the org default), else
 * the default statement PDF template, else the standard layout.
 */
export function docInput(statement: Statement, templates: LayoutTemplate[]): StatementDocInput {
  const pdfs = templates.filter((t) => t.kind === 'pdf' && t.document === 'statement');
  const chosen = pdfs.find((t) => t.template_id === statement.template_id) ?? pdfs.find((t) => t.is_default);
  const layout: StatementLayout = chosen?.layout ?? 'standard';
  return { statement, layout, ...(chosen?.accent_color ? { accent_color: chosen.accent_color } : {}) };
}
