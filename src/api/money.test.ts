import { describe, expect, it } from 'vitest';
import { decimalDigits, decimalPlaces, MAX_NUMBER_TEXT, moneyProblem, quantityProblem, readBoundedNumber } from './money';

/** 12345678901234567.89 as JSON.parse reads it (12345678901234568): the digits are already lost. */
const LOSES_DIGITS = Number('12345678901234567.89');

describe('decimalPlaces', () => {
  it('counts the decimals of the number as JSON writes it, exponent forms included', () => {
    const cases: [number, number][] = [
      [0, 0],
      [12, 0],
      [1e21, 0],
      [0.5, 1],
      [19.99, 2],
      [0.001, 3],
      [1e-7, 7],
      [1.5e-7, 8],
      [1.000000001, 9],
      [0.1 + 0.2, 17],
      [-0.25, 2],
    ];
    for (const [x, places] of cases) expect(decimalPlaces(x), String(x)).toBe(places);
    expect(decimalPlaces(Number.NaN)).toBe(Number.POSITIVE_INFINITY);
  });

  it('reads text exactly, ignoring trailing zeros', () => {
    expect(decimalDigits('1.50')).toEqual({ digits: '15', places: 1 });
    expect(decimalDigits('100e-2')).toEqual({ digits: '1', places: 0 });
    expect(decimalDigits('12e2')).toEqual({ digits: '12', places: 0 });
    expect(decimalDigits('-0.000')).toEqual({ digits: '', places: 0 });
    expect(decimalDigits('.5')).toEqual({ digits: '5', places: 1 });
    expect(decimalDigits('12345678901234567.89')).toEqual({ digits: '1234567890123456789', places: 2 });
    for (const bad of ['', '.', 'e5', 'NaN', 'Infinity', '0x10', '1,5', '1.2.3']) expect(decimalDigits(bad), bad).toBeNull();
  });
});

describe('moneyProblem', () => {
  it('takes finite amounts below 1e12 with at most the currency precision', () => {
    for (const x of [0, 0.01, 19.99, 999_999_999_999.99, -999_999_999_999.99]) expect(moneyProblem(x, 2, 'USD'), String(x)).toBeNull();
    expect(moneyProblem(999_999_999_999, 0, 'JPY')).toBeNull();
  });
  it('refuses the rest', () => {
    expect(moneyProblem(1e308, 2, 'USD')).toBe('Amounts must be less than 1,000,000,000,000.');
    expect(moneyProblem(1e12, 2, 'USD')).toBe('Amounts must be less than 1,000,000,000,000.');
    expect(moneyProblem(LOSES_DIGITS, 2, 'USD')).toBe('Amounts must be less than 1,000,000,000,000.');
    expect(moneyProblem(Number.POSITIVE_INFINITY, 2, 'USD')).toBe('Enter a finite number.');
    expect(moneyProblem(Number.NaN, 2, 'USD')).toBe('Enter a finite number.');
    expect(moneyProblem(0.001, 2, 'USD')).toBe('Use at most 2 decimal places for USD.');
    expect(moneyProblem(1e-7, 2, 'USD')).toBe('Use at most 2 decimal places for USD.');
    expect(moneyProblem(1.5, 0, 'JPY')).toBe('Use at most 0 decimal places for JPY.');
  });
});

describe('quantityProblem', () => {
  it('takes finite positive quantities up to 1e6', () => {
    for (const q of [1, 0.5, 1e-7, 1e6]) expect(quantityProblem(q), String(q)).toBeNull();
    expect(quantityProblem(0)).toBe('Quantity must be more than zero.');
    expect(quantityProblem(-1)).toBe('Quantity must be more than zero.');
    expect(quantityProblem(1e6 + 1)).toBe('Quantity can be at most 1,000,000.');
    expect(quantityProblem(Number.POSITIVE_INFINITY)).toBe('Enter a finite number.');
  });
});

describe('readBoundedNumber', () => {
  it('reads numbers and numeric text, with thousands separators', () => {
    expect(readBoundedNumber('1,500')).toEqual({ ok: true, value: 1500 });
    expect(readBoundedNumber(' -2.5e3 ')).toEqual({ ok: true, value: -2500 });
    expect(readBoundedNumber(999_999_999_999.99)).toEqual({ ok: true, value: 999_999_999_999.99 });
    expect(readBoundedNumber('-0')).toEqual({ ok: true, value: 0 });
  });
  it('refuses what is not a bounded number kept exactly', () => {
    expect(readBoundedNumber('NaN')).toEqual({ ok: false, reason: 'not_number' });
    expect(readBoundedNumber(Number.NaN)).toEqual({ ok: false, reason: 'not_number' });
    expect(readBoundedNumber(Number.POSITIVE_INFINITY)).toEqual({ ok: false, reason: 'not_number' });
    expect(readBoundedNumber('lots')).toEqual({ ok: false, reason: 'not_number' });
    expect(readBoundedNumber('0x10')).toEqual({ ok: false, reason: 'not_number' });
    expect(readBoundedNumber('1e308')).toEqual({ ok: false, reason: 'too_large' });
    expect(readBoundedNumber(-1e12)).toEqual({ ok: false, reason: 'too_large' });
    expect(readBoundedNumber('12345678901234567.89')).toEqual({ ok: false, reason: 'too_large' });
    expect(readBoundedNumber('0.1000000000000000000001')).toEqual({ ok: false, reason: 'too_precise' });
  });
});

describe('number text from a hostile caller', () => {
  it('does not read text longer than MAX_NUMBER_TEXT (a long run of zeros used to take minutes)', () => {
    const long = `1${'0'.repeat(200_000)}1`;
    expect(decimalDigits(long)).toBeNull();
    expect(readBoundedNumber(long)).toEqual({ ok: false, reason: 'not_number' });
    expect(readBoundedNumber(`${'0'.repeat(MAX_NUMBER_TEXT - 1)}1`)).toEqual({ ok: true, value: 1 });
  });
});
