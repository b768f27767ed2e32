/**
 * The Statement tab's PDF buttons: Download PDF, Print (the browser's print dialog on the PDF)
 * and Send Email (the Email Statement dialog with the PDF attached).
 */
import { useState } from 'react';
import type { Contact, StatementFilter } from '../../api/schemas';
import { toast } from '../../components/ui/toast-store';
import { saveBlob } from '../../lib/download';
import { errorText } from '../../lib/error-text';
import { useT } from '../../lib/i18n';
import { printPdf } from '../../lib/pdf/print';
import { EmailStatementDialog } from './EmailStatementDialog';
import { useStatementPdf } from './use-statement-pdf';

type Busy = 'download' | 'print' | null;

interface StatementToolbarProps {
  contact: Contact;
  start_date: string;
  end_date: string;
  filter: StatementFilter;
}

export function StatementToolbar({ contact, start_date, end_date, filter }: StatementToolbarProps) {
  const t = useT();
  const makePdf = useStatementPdf(contact.contact_id, { start_date, end_date, filter });
  const [busy, setBusy] = useState<Busy>(null);
  const [emailOpen, setEmailOpen] = useState(false);

  const run = async (what: Exclude<Busy, null>) => {
    setBusy(what);
    try {
      const pdf = await makePdf();
      if (what === 'download') saveBlob(pdf.blob, pdf.fileName);
      else await printPdf(pdf.blob);
    } catch (err) {
      const message = errorText(err);
      toast.error(t(what === 'download' ? 'statement.pdfFailed' : 'statement.printFailed', { message }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <button
        type="button"
        className="btn"
        aria-busy={busy === 'download' || undefined}
        aria-disabled={busy !== null || undefined}
        onClick={() => !busy && void run('download')}
      >
        {t('statement.download')}
      </button>
      <button
        type="button"
        className="btn"
        aria-busy={busy === 'print' || undefined}
        aria-disabled={busy !== null || undefined}
        onClick={() => !busy && void run('print')}
      >
        {t('statement.print')}
      </button>
      <button type="button" className="btn" onClick={() => setEmailOpen(true)}>
        {t('statement.send')}
      </button>
      {busy && (
        <span role="status" className="field-hint">
          {t('statement.making')}
        </span>
      )}
      {emailOpen && <EmailStatementDialog contact={contact} range={{ start: start_date, end: end_date }} makePdf={makePdf} onOpenChange={setEmailOpen} />}
    </>
  );
}
