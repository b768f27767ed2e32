import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney } from './format';

describe('format', () => {
  it('formats money per currency precision', () => {
    expect(formatMoney(1234.5, 'USD')).toBe('$1,234.50');
    expect(formatMoney(1234, 'JPY')).toBe('¥1,234');
    expect(formatMoney(1234, 'JPY', 'ja')).toBe('￥1,234');
  });
  it('formats calendar dates without a time-zone shift', () => {
    expect(formatDate('2026-01-01')).toBe('Jan 1, 2026');
  });
});
