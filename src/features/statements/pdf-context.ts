/** What every statement PDF needs besides the statement: the org and the PDF templates. */
import type { QueryClient } from '@tanstack/react-query';
import { referenceQueries } from '../../api/queries/reference';
import type { Statement } from '../../api/schemas';
import { docInput, type LayoutTemplate } from './doc-input';
import type { OrgInfo, StatementDocInput } from '../../lib/pdf/types';

export interface PdfContext {
  org: OrgInfo;
  templates: LayoutTemplate[];
}

export async function fetchPdfContext(qc: QueryClient): Promise<PdfContext> {
  const [prefs, templates] = await Promise.all([qc.fetchQuery(referenceQueries.preferences()), qc.fetchQuery(referenceQueries.templates('pdf', 'statement'))]);
  return { org: { name: prefs.org_name, address: prefs.org_address }, templates };
}

export const toDocInput = (ctx: PdfContext, s: Statement): StatementDocInput => docInput(s, ctx.templates);
