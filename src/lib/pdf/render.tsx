/**
 * Jobs → PDF documents (React elements) and their rendering. Used by the worker (toBlob) and
 * by Node tests (renderToBuffer); never imported by the UI, which goes through client.ts.
 */
import type { ReactElement } from 'react';
import { pdf, type DocumentProps } from '@react-pdf/renderer';
import { StatementsDocument } from './documents/StatementsDocument';
import { UnpaidInvoicesDocument } from './documents/UnpaidInvoicesDocument';
import { unpaidView } from './unpaid-view';
import type { PdfJob } from './types';

export type ProgressFn = (done: number, total: number) => void;

export function documentFor(job: PdfJob, onStatementPage?: (index: number) => void): ReactElement<DocumentProps> {
  if (job.kind === 'statements') return <StatementsDocument input={job.input} onStatementPage={onStatementPage} />;
  return <UnpaidInvoicesDocument view={unpaidView(job.input)} org={job.input.org} />;
}

/**
 * Render a job. Progress counts statements: statement i's pages being paginated means the
 * ones before it are laid out; the renderer paginates twice (the second time to number the
 * pages), so only forward steps are reported.
 */
export async function renderJobToBlob(job: PdfJob, onProgress?: ProgressFn): Promise<Blob> {
  const total = job.kind === 'statements' ? job.input.statements.length : 1;
  let done = 0;
  onProgress?.(0, total);
  const onStatementPage = (index: number) => {
    if (index > done) {
      done = index;
      onProgress?.(done, total);
    }
  };
  const blob = await pdf(documentFor(job, onProgress ? onStatementPage : undefined)).toBlob();
  onProgress?.(total, total);
  return blob;
}
