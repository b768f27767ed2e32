import { describe, expect, it } from 'vitest';
import type { BulkResult } from '../../../api/schemas';
import { resultsToShow, summarise, summaryParts } from './results';

const r = (contact_id: string, status: BulkResult['status'], message = ''): BulkResult => ({
  contact_id,
  contact_name: `C${contact_id}`,
  status,
  message,
});

describe('summarise', () => {
  it('counts each status and lists the changed and failed ids', () => {
    const s = summarise([r('1', 'ok'), r('2', 'skipped'), r('3', 'ok'), r('4', 'failed'), r('5', 'ok')]);
    expect(s).toEqual({ ok: 3, skipped: 1, failed: 1, total: 5, changedIds: ['1', '3', '5'], failedIds: ['4'] });
  });

  it('handles an empty result', () => {
    expect(summarise([])).toEqual({ ok: 0, skipped: 0, failed: 0, total: 0, changedIds: [], failedIds: [] });
  });
});

describe('summaryParts', () => {
  it('leaves zero counts out, in ok, skipped, failed order', () => {
    expect(summaryParts(summarise([r('1', 'ok'), r('2', 'ok'), r('3', 'ok'), r('4', 'skipped')]))).toEqual([
      { status: 'ok', count: 3 },
      { status: 'skipped', count: 1 },
    ]);
    expect(summaryParts(summarise([r('1', 'failed')]))).toEqual([{ status: 'failed', count: 1 }]);
  });

  it('says "0 <done>" when nothing matched', () => {
    expect(summaryParts(summarise([]))).toEqual([{ status: 'ok', count: 0 }]);
  });
});

describe('resultsToShow', () => {
  it('puts failures first, then skips, keeping the order within each', () => {
    const rows = [r('1', 'ok'), r('2', 'skipped'), r('3', 'failed'), r('4', 'ok'), r('5', 'failed')];
    expect(resultsToShow(rows, 10).map((x) => x.contact_id)).toEqual(['3', '5', '2', '1', '4']);
  });

  it('caps the rows', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => r(String(i + 1), i === 999 ? 'failed' : 'ok'));
    const shown = resultsToShow(rows, 200);
    expect(shown).toHaveLength(200);
    expect(shown[0].contact_id).toBe('1000');
  });
});
