/**
 * One customer's statement PDF for the toolbar: the statement as the tab shows it, in the
 * customer's template, rendered by the PDF worker (loaded on first use). The last PDF is
 * kept, so Download then Print (or Send Email) renders once.
 */
import { useCallback, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { transactionQueries, type StatementParams } from '../../api/queries/transactions';
import { statementFileName } from '../../lib/pdf/file-name';
import { fetchPdfContext, toDocInput } from './pdf-context';

export interface StatementPdf {
  blob: Blob;
  fileName: string;
}

export function useStatementPdf(contactId: string, params: StatementParams) {
  const qc = useQueryClient();
  const last = useRef<{ key: string; pdf: Promise<StatementPdf> } | null>(null);
  const { start_date, end_date, filter } = params;

  return useCallback((): Promise<StatementPdf> => {
    const make = async (): Promise<StatementPdf> => {
      const p = { start_date, end_date, filter };
      const [statement, ctx] = await Promise.all([qc.fetchQuery(transactionQueries.statement(contactId, p)), fetchPdfContext(qc)]);
      const input = { org: ctx.org, statements: [toDocInput(ctx, statement)] };
      const key = JSON.stringify(input);
      if (last.current?.key === key) return last.current.pdf;
      const { renderStatementsPdf } = await import('../../lib/pdf/client');
      const pdf = renderStatementsPdf(input).then((blob) => ({ blob, fileName: statementFileName(statement.contact_name, start_date, end_date) }));
      last.current = { key, pdf };
      pdf.catch(() => {
        if (last.current?.pdf === pdf) last.current = null;
      });
      return pdf;
    };
    return make();
  }, [qc, contactId, start_date, end_date, filter]);
}
