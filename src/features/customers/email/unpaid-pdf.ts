/**
 * "Attach unpaid invoices list": the PDF is made in the browser by src/lib/pdf, loaded with
 * import() only when the box is ticked, so neither it nor @react-pdf/renderer ships with the page.
 */
import type { QueryClient } from '@tanstack/react-query';
import { referenceQueries } from '../../../api/queries/reference';
import { fetchToday } from '../../../api/queries/today';
import { transactionQueries } from '../../../api/queries/transactions';
import type { Contact } from '../../../api/schemas';
import { unpaidInvoices, unpaidListFileName } from './recipients';

export interface PdfAttachment {
  fileName: string;
  blob: Blob;
  invoiceCount: number;
  /** The bytes as base64 for the send request. */
  toBase64: () => Promise<string>;
}

export async function makeUnpaidInvoicesAttachment(qc: QueryClient, contact: Contact, signal?: AbortSignal): Promise<PdfAttachment> {
  const [pdf, invoices, prefs, today] = await Promise.all([
    import('../../../lib/pdf/client'),
    // Fresh data: the list must show what is unpaid now.
    qc.fetchQuery({ ...transactionQueries.invoices(contact.contact_id), staleTime: 0 }),
    qc.fetchQuery(referenceQueries.preferences()),
    fetchToday(qc),
  ]);
  const unpaid = unpaidInvoices(invoices);
  const blob = await pdf.renderUnpaidInvoicesPdf(
    {
      org: { name: prefs.org_name, address: prefs.org_address },
      contact: {
        contact_name: contact.contact_name,
        billing_address: contact.billing_address,
        currency_code: contact.currency_code,
        language_code: contact.language_code,
      },
      invoices: unpaid.map(({ invoice_number, date, due_date, total, balance, status }) => ({ invoice_number, date, due_date, total, balance, status })),
      as_of: today,
    },
    { signal },
  );
  return {
    fileName: unpaidListFileName(contact.contact_name),
    blob,
    invoiceCount: unpaid.length,
    toBase64: () => pdf.blobToBase64(blob),
  };
}
