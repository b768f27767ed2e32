/**
 * The state of one Send Statements dialog's runs: progress, per-customer results (skipped ones
 * first), the PDFs made (kept so a retry does not make them again), cancel and retry.
 */
import { useCallback, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { StatementMailContent } from '../../../api/schemas';
import { toast } from '../../../components/ui/toast-store';
import { errorText } from '../../../lib/error-text';
import { t } from '../../../lib/i18n';
import { statementFileName } from '../../../lib/pdf/file-name';
import type { DateRange } from '../../../lib/periods';
import { fetchStatements, invalidateAfterSend, sendStatementEmail } from '../../../api/queries/statements';
import { fetchPdfContext, toDocInput } from '../pdf-context';
import { recipientOf, runBulkSend, type BulkItem, type Phase, type SendTarget } from './bulk-send';
import type { TargetCustomer } from './use-targets';

export type RunState = 'idle' | 'running' | 'done';

export function useSendRun() {
  const qc = useQueryClient();
  const [state, setState] = useState<RunState>('idle');
  const [phase, setPhase] = useState<Phase | null>(null);
  const [items, setItemsState] = useState<BulkItem[]>([]);
  const itemsRef = useRef<BulkItem[]>([]);
  const pdfs = useRef(new Map<string, Blob>());
  const controller = useRef<AbortController | null>(null);

  // Kept in a ref too, so the end of a run can summarise what it sees without a stale closure.
  const setItems = useCallback((fn: (prev: BulkItem[]) => BulkItem[]) => {
    itemsRef.current = fn(itemsRef.current);
    setItemsState(itemsRef.current);
  }, []);
  const setItem = useCallback((item: BulkItem) => setItems((prev) => prev.map((p) => (p.contact_id === item.contact_id ? item : p))), [setItems]);

  /** Send to `customers` (their mail content loaded); those without an email are skipped. */
  const start = useCallback(
    async (customers: TargetCustomer[], mails: Map<string, StatementMailContent>, range: DateRange) => {
      const ctrl = new AbortController();
      controller.current = ctrl;
      setState('running');
      const targets: SendTarget[] = [];
      const skippedOrPending = new Map<string, BulkItem>();
      for (const c of customers) {
        const mail = mails.get(c.contact_id);
        if (!mail || !recipientOf(mail)) {
          skippedOrPending.set(c.contact_id, { ...c, status: 'skipped', message: t('statement.bulk.noEmail') });
        } else {
          targets.push({ ...c, mail, pdf: pdfs.current.get(c.contact_id) });
          skippedOrPending.set(c.contact_id, { ...c, status: 'pending', message: '' });
        }
      }
      // A retry keeps the rows of the earlier run and updates only the ones it sends.
      setItems((prev) => {
        const merged = prev.map((p) => skippedOrPending.get(p.contact_id) ?? p);
        const known = new Set(prev.map((p) => p.contact_id));
        return [...merged, ...[...skippedOrPending.values()].filter((i) => !known.has(i.contact_id))];
      });
      const sentIds: string[] = [];
      try {
        const needData = targets.filter((tg) => !tg.pdf).map((tg) => tg.contact_id);
        const [ctx, statements, client] = await Promise.all([
          fetchPdfContext(qc),
          needData.length ? fetchStatements(needData, range, 'all', ctrl.signal) : Promise.resolve([]),
          import('../../../lib/pdf/client'),
        ]);
        const byId = new Map(statements.map((s) => [s.contact_id, s]));
        await runBulkSend(
          targets,
          {
            makePdf: (tg, signal) => {
              const s = byId.get(tg.contact_id);
              if (!s) return Promise.reject(new Error(t('statement.bulk.loadFailed', { message: tg.contact_id })));
              return client.renderStatementsPdf({ org: ctx.org, statements: [toDocInput(ctx, s)] }, { signal });
            },
            send: async (tg, to, signal) => {
              const content_base64 = await client.blobToBase64(tg.pdf);
              await sendStatementEmail(
                tg.contact_id,
                {
                  to_mail_ids: [to],
                  cc_mail_ids: [],
                  subject: tg.mail.subject,
                  body: tg.mail.body,
                  attachments: [{ file_name: statementFileName(tg.contact_name, range.start, range.end), content_type: 'application/pdf', content_base64 }],
                },
                signal,
              );
            },
            onProgress: setPhase,
            onResult: (item, pdf) => {
              if (pdf) pdfs.current.set(item.contact_id, pdf);
              if (item.status === 'sent') {
                pdfs.current.delete(item.contact_id);
                sentIds.push(item.contact_id);
              }
              setItem(item);
            },
            messages: {
              cancelled: t('statement.bulk.cancelled'),
              noEmail: t('statement.bulk.noEmail'),
              sentTo: (email) => t('statement.bulk.sentTo', { email }),
            },
          },
          ctrl.signal,
        );
      } catch (err) {
        const message = ctrl.signal.aborted ? t('statement.bulk.cancelled') : errorText(err);
        setItems((prev) => prev.map((p) => (p.status === 'pending' ? { ...p, status: 'failed', message } : p)));
      } finally {
        if (sentIds.length) invalidateAfterSend(qc, sentIds);
        controller.current = null;
        setPhase(null);
        setState('done');
        announce(itemsRef.current);
      }
    },
    [qc, setItem, setItems],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { state, phase, items, start, cancel };
}

export function summarise(items: BulkItem[]) {
  const count = (s: BulkItem['status']) => items.filter((i) => i.status === s).length;
  return { sent: count('sent'), skipped: count('skipped'), failed: count('failed') };
}

export function announce(items: BulkItem[]): void {
  const s = summarise(items);
  (s.failed ? toast.error : toast.success)(t('statement.bulk.summary', s));
}
