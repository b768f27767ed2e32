/** The fuzz suite's own judges: the limit helpers and the body mutation. */
import { describe, expect, it } from 'vitest';
import { applyMutation } from './arbitraries';
import { decimals, hasForbiddenChars, hasLoneSurrogate, isMediaType, moneyProblem, quantityProblem, withoutInvisibles } from './limits';

describe('fuzz limit helpers', () => {
  it('counts decimals as JavaScript writes the number', () => {
    expect([12.5, 0.001, 1e-7, 0.1 + 0.2, Number('12345678901234567.89'), 1e21, -0].map(decimals)).toEqual([1, 3, 7, 17, 0, 0, 0]);
  });

  it('judges money and quantities by the contract limits', () => {
    expect(moneyProblem(999999999999.99, 2)).toBeUndefined();
    expect(moneyProblem(1e12, 2)).toMatch(/not below/);
    expect(moneyProblem(1e308, 2)).toMatch(/not below/);
    expect(moneyProblem(0.5, 0)).toMatch(/more than 0 decimals/);
    expect(moneyProblem('1', 2)).toBeUndefined();
    // Zoho's string numerals are money too (the mock coerces them).
    expect(moneyProblem('1.005', 2)).toMatch(/more than 2 decimals/);
    expect(moneyProblem('1e12', 2)).toBeUndefined();
    expect(quantityProblem('0')).toMatch(/not in/);
    expect([1, 1e6, 0, -1, 1e6 + 1, 5e-324].map((q) => quantityProblem(q) === undefined)).toEqual([true, true, false, false, false, true]);
  });

  it('finds the characters the text rule refuses, and the invisible ones it strips', () => {
    expect(['a\u202Eb', 'a\u0000', 'a\u0085', 'a\uD800', '\uDC00a'].every(hasForbiddenChars)).toBe(true);
    expect(['Acme', '株式会社', '😀', 'e\u0301'].some(hasForbiddenChars)).toBe(false);
    expect(hasLoneSurrogate('😀')).toBe(false);
    expect(withoutInvisibles('A\u200Bc\u00ADme\uFEFF')).toBe('Acme');
  });

  it('accepts media types only', () => {
    expect(['text/plain', 'application/pdf', 'text/plain; charset=utf-8', 'image/svg+xml'].every(isMediaType)).toBe(true);
    expect(['text/plain\r\nX-Evil: 1', 'text/', '/', 'a', '', 'ｔｅｘｔ/plain', 'text/plain ', 42].some(isMediaType)).toBe(false);
  });
});

describe('body mutation', () => {
  const body = { a: 1, b: { c: 'x' }, d: [true] };

  it('changes one field and leaves the original alone', () => {
    expect(applyMutation(body, { op: 'replace', pick: 2, value: null })).toEqual({ a: 1, b: { c: null }, d: [true] });
    expect(applyMutation(body, { op: 'delete', pick: 0 })).toEqual({ b: { c: 'x' }, d: [true] });
    expect(applyMutation(body, { op: 'stringify', pick: 0 })).toEqual({ a: '1', b: { c: 'x' }, d: [true] });
    expect(applyMutation(body, { op: 'wrap', pick: 4 })).toEqual({ a: 1, b: { c: 'x' }, d: [[true]] });
    expect(body).toEqual({ a: 1, b: { c: 'x' }, d: [true] });
  });

  it('adds an extra key, even one named __proto__, as an own property', () => {
    const out = applyMutation(body, { op: 'extra', pick: 1, key: '__proto__', value: 1 }) as Record<string, unknown>;
    expect(JSON.stringify(out)).toBe('{"a":1,"b":{"c":"x","__proto__":1},"d":[true]}');
  });
});
