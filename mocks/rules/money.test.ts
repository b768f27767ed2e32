import { describe, expect, it } from 'vitest';
import { lineMinor, toMajor, toMinor } from './money';

describe('money', () => {
  it('sums without drift', () => {
    const total = [0.1, 0.2, 0.3].map((v) => toMinor(v, 2)).reduce((a, b) => a + b, 0);
    expect(toMajor(total, 2)).toBe(0.6);
  });
  it('keeps JPY whole', () => {
    expect(toMinor(1234, 0)).toBe(1234);
    expect(toMajor(1234, 0)).toBe(1234);
    expect(lineMinor(333.5, 3, 0)).toBe(1001);
  });
  it('rounds a line once', () => {
    expect(lineMinor(19.99, 3, 2)).toBe(5997);
    expect(lineMinor(1.005, 1, 2)).toBe(101);
  });
});
