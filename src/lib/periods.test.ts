import { describe, expect, it } from 'vitest';
import { isValidRange, periodRange } from './periods';

describe('statement periods', () => {
  it('computes month, last month, quarter and year', () => {
    expect(periodRange('this_month', '2026-02-14')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(periodRange('last_month', '2026-01-10')).toEqual({ start: '2025-12-01', end: '2025-12-31' });
    expect(periodRange('this_quarter', '2026-08-31')).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(periodRange('this_year', '2024-02-29')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });
  it('rejects reversed or malformed ranges', () => {
    expect(isValidRange({ start: '2026-02-01', end: '2026-01-01' })).toBe(false);
    expect(isValidRange({ start: '2026-2-1', end: '2026-03-01' })).toBe(false);
    expect(isValidRange({ start: '2026-02-01', end: '2026-02-01' })).toBe(true);
  });
});
