import { describe, expect, it, vi } from 'vitest';
import type { StatementMailContent } from '../../../api/schemas';
import { recipientOf, runBulkSend, type BulkItem, type Phase, type SendDeps, type SendTarget } from './bulk-send';
import { statementsDisabledReason } from './limits';

const mail = (emails: string[], primary = 0): StatementMailContent => ({
  subject: 'Statement',
  body: 'Hello',
  file_name: 'x.pdf',
  to_contacts: emails.map((email, i) => ({ contact_person_id: String(i + 1), email, name: email, selected: i === primary })),
});
const target = (id: string, m = mail([`c${id}@example.com`])): SendTarget => ({ contact_id: id, contact_name: `Customer ${id}`, mail: m });

function harness(overrides: Partial<SendDeps> = {}) {
  const progress: Phase[] = [];
  const results: BulkItem[] = [];
  const pdfs = new Map<string, Blob>();
  const deps: SendDeps = {
    makePdf: vi.fn(async (tg: SendTarget) => new Blob([`pdf ${tg.contact_id}`])),
    send: vi.fn(async () => {}),
    onProgress: (p) => progress.push(p),
    onResult: (item, pdf) => {
      results.push(item);
      if (pdf) pdfs.set(item.contact_id, pdf);
    },
    messages: { cancelled: 'Cancelled', noEmail: 'No email', sentTo: (e) => `Sent to ${e}` },
    ...overrides,
  };
  return { deps, progress, results, pdfs };
}

describe('recipientOf', () => {
  it('is the primary contact, else the first person with an email, else nobody', () => {
    expect(recipientOf(mail(['a@x.jp', 'b@x.jp'], 1))).toBe('b@x.jp');
    expect(recipientOf(mail(['a@x.jp', 'b@x.jp'], -1))).toBe('a@x.jp');
    expect(recipientOf(mail([]))).toBeNull();
  });
});

describe('runBulkSend', () => {
  it('generates every PDF, then sends each to its primary contact, counting both phases', async () => {
    const h = harness();
    await runBulkSend([target('1'), target('2'), target('3')], h.deps, new AbortController().signal);
    expect(h.progress.map((p) => `${p.phase} ${p.done}/${p.total}`)).toEqual([
      'generating 0/3',
      'generating 1/3',
      'generating 2/3',
      'generating 3/3',
      'sending 0/3',
      'sending 1/3',
      'sending 2/3',
      'sending 3/3',
    ]);
    expect(h.results.map((r) => [r.contact_id, r.status, r.message])).toEqual([
      ['1', 'sent', 'Sent to c1@example.com'],
      ['2', 'sent', 'Sent to c2@example.com'],
      ['3', 'sent', 'Sent to c3@example.com'],
    ]);
    expect(vi.mocked(h.deps.send).mock.calls.map((c) => c[1])).toEqual(['c1@example.com', 'c2@example.com', 'c3@example.com']);
  });

  it('records failures per customer and goes on; a retry sends only those, reusing their PDFs', async () => {
    const h = harness({
      makePdf: vi.fn(async (tg: SendTarget) => {
        if (tg.contact_id === '2') throw new Error('Layout failed');
        return new Blob([tg.contact_id]);
      }),
      send: vi.fn(async (tg: SendTarget) => {
        if (tg.contact_id === '3') throw new Error('The server could not be reached.');
      }),
    });
    await runBulkSend([target('1'), target('2'), target('3')], h.deps, new AbortController().signal);
    expect(h.results.map((r) => [r.contact_id, r.status, r.message])).toEqual([
      ['2', 'failed', 'Layout failed'],
      ['1', 'sent', 'Sent to c1@example.com'],
      ['3', 'failed', 'The server could not be reached.'],
    ]);
    expect(h.pdfs.has('3')).toBe(true);

    const retry = harness();
    await runBulkSend([target('2'), { ...target('3'), pdf: h.pdfs.get('3') }], retry.deps, new AbortController().signal);
    expect(vi.mocked(retry.deps.makePdf).mock.calls.map((c) => c[0].contact_id)).toEqual(['2']);
    expect(vi.mocked(retry.deps.send).mock.calls.map((c) => c[0].contact_id)).toEqual(['2', '3']);
    expect(retry.results.every((r) => r.status === 'sent')).toBe(true);
  });

  it('stops on cancel and marks the rest as cancelled (so they can be retried)', async () => {
    const ctrl = new AbortController();
    const h = harness({
      send: vi.fn(async (tg: SendTarget) => {
        if (tg.contact_id === '1') ctrl.abort();
      }),
    });
    await runBulkSend([target('1'), target('2'), target('3')], h.deps, ctrl.signal);
    expect(h.results.map((r) => [r.contact_id, r.status])).toEqual([
      ['1', 'sent'],
      ['2', 'failed'],
      ['3', 'failed'],
    ]);
    expect(h.results[1]!.message).toBe('Cancelled');
    expect(h.deps.send).toHaveBeenCalledTimes(1);
  });
});

describe('statementsDisabledReason', () => {
  it('allows 1 to 25 customers and refuses more, saying why', () => {
    expect(statementsDisabledReason({ count: 1 })).toBeNull();
    expect(statementsDisabledReason({ count: 25 })).toBeNull();
    expect(statementsDisabledReason({ count: 26 })).toBe('You can send statements to at most 25 customers at a time');
  });
});
