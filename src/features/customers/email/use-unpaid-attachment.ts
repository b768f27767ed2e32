/** The state of the "Attach unpaid invoices list" box: off, being made, ready (a file), or failed. */
import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Contact } from '../../../api/schemas';
import { errorText } from '../../../lib/error-text';
import { makeUnpaidInvoicesAttachment, type PdfAttachment } from './unpaid-pdf';

export type AttachmentState = { status: 'off' } | { status: 'making' } | { status: 'ready'; file: PdfAttachment } | { status: 'failed'; message: string };

export function useUnpaidAttachment(contact: Contact) {
  const qc = useQueryClient();
  const [state, setState] = useState<AttachmentState>({ status: 'off' });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const setChecked = (on: boolean) => {
    running.current?.abort();
    running.current = null;
    if (!on) return setState({ status: 'off' });
    const ctrl = new AbortController();
    running.current = ctrl;
    setState({ status: 'making' });
    makeUnpaidInvoicesAttachment(qc, contact, ctrl.signal).then(
      (file) => !ctrl.signal.aborted && setState({ status: 'ready', file }),
      (err: unknown) => !ctrl.signal.aborted && setState({ status: 'failed', message: errorText(err) }),
    );
  };
  return { state, setChecked };
}
