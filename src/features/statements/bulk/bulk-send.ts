/**
 * Bulk Send Statements as a pure core with its I/O injected: who is skipped (no contact email)
 * and to whom each goes (the primary contact), then generate every PDF ("Generating k of N"),
 * then send each ("Sending k of N"). A failure is recorded per customer and the run goes on;
 * a cancel marks the rest failed ("cancelled") so a retry picks them up. A retry passes only
 * the failed items; PDFs already made are reused.
 */
import type { StatementMailContent } from '../../../api/schemas';
import { errorText } from '../../../lib/error-text';

export type ItemStatus = 'pending' | 'sent' | 'skipped' | 'failed';

export interface BulkItem {
  contact_id: string;
  contact_name: string;
  status: ItemStatus;
  /** Why it was skipped or failed, or the address it went to. */
  message: string;
  email?: string;
}

export interface SendTarget {
  contact_id: string;
  contact_name: string;
  mail: StatementMailContent;
  /** The PDF from an earlier attempt, if it was made. */
  pdf?: Blob;
}

/** The primary contact's email; else the first contact person with one; else null (skip). */
export function recipientOf(mail: Pick<StatementMailContent, 'to_contacts'>): string | null {
  const primary = mail.to_contacts.find((p) => p.selected && p.email);
  return primary?.email ?? mail.to_contacts.find((p) => p.email)?.email ?? null;
}

export interface Phase {
  phase: 'generating' | 'sending';
  done: number;
  total: number;
}

export interface SendDeps {
  /** Make the PDFs of these customers (one per customer), in order. */
  makePdf: (target: SendTarget, signal: AbortSignal) => Promise<Blob>;
  send: (target: SendTarget & { pdf: Blob }, to: string, signal: AbortSignal) => Promise<void>;
  onProgress: (p: Phase) => void;
  /** One customer's outcome (and its PDF, kept for a retry). */
  onResult: (item: BulkItem, pdf?: Blob) => void;
  messages: { cancelled: string; noEmail: string; sentTo: (email: string) => string };
}

const isAbort = (err: unknown, signal: AbortSignal) => signal.aborted || (err instanceof DOMException && err.name === 'AbortError');

export async function runBulkSend(targets: SendTarget[], deps: SendDeps, signal: AbortSignal): Promise<void> {
  const result = (tg: SendTarget, status: ItemStatus, message: string, extra: Partial<BulkItem> = {}, pdf?: Blob) =>
    deps.onResult({ contact_id: tg.contact_id, contact_name: tg.contact_name, status, message, ...extra }, pdf);

  const ready: (SendTarget & { pdf: Blob })[] = [];
  const toMake = targets.filter((tg) => !tg.pdf);
  let made = 0;
  deps.onProgress({ phase: 'generating', done: 0, total: toMake.length });
  for (const tg of targets) {
    if (tg.pdf) {
      ready.push({ ...tg, pdf: tg.pdf });
      continue;
    }
    if (signal.aborted) {
      result(tg, 'failed', deps.messages.cancelled);
      continue;
    }
    try {
      const pdf = await deps.makePdf(tg, signal);
      ready.push({ ...tg, pdf });
    } catch (err) {
      result(tg, 'failed', isAbort(err, signal) ? deps.messages.cancelled : errorText(err));
    }
    deps.onProgress({ phase: 'generating', done: ++made, total: toMake.length });
  }

  let sent = 0;
  deps.onProgress({ phase: 'sending', done: 0, total: ready.length });
  for (const tg of ready) {
    const to = recipientOf(tg.mail);
    if (signal.aborted || !to) {
      result(tg, signal.aborted ? 'failed' : 'skipped', signal.aborted ? deps.messages.cancelled : deps.messages.noEmail, {}, tg.pdf);
      continue;
    }
    try {
      await deps.send(tg, to, signal);
      result(tg, 'sent', deps.messages.sentTo(to), { email: to });
    } catch (err) {
      result(tg, 'failed', isAbort(err, signal) ? deps.messages.cancelled : errorText(err), {}, tg.pdf);
    }
    deps.onProgress({ phase: 'sending', done: ++sent, total: ready.length });
  }
}
