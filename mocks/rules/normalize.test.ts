import { describe, expect, it } from 'vitest';
import { normalizeEmail, normalizeName, normalizePhone } from './normalize';

describe('normalizeName', () => {
  it.each([
    'Acme', 'ACME', 'Acme, Inc.', 'Acme Inc', 'acme inc.', 'Acme LLC', 'Acme Ltd', 'Acme Co.', 'Acme Co., Ltd.',
    'Acme Corp', 'Acme Corporation', 'Acme GmbH', '  Acme  ', 'Ａｃｍｅ', 'ＡＣＭＥ　ＩＮＣ．', 'A.C.M.E.', 'Acme!',
  ])('folds %j to "acme"', (name) => {
    expect(normalizeName(name)).toBe('acme');
  });

  it.each(['株式会社サクラ', 'サクラ株式会社', '(株)サクラ', '（株）サクラ', '㈱サクラ', 'サクラ有限会社', 'ｻｸﾗ', 'サクラ (株)'])(
    'folds %j to "サクラ"',
    (name) => {
      expect(normalizeName(name)).toBe('サクラ');
    },
  );

  it('removes designators only as whole trailing words', () => {
    expect(normalizeName('Costco')).toBe('costco');
    expect(normalizeName('Taco Co')).toBe('taco');
    expect(normalizeName('Incognito Labs')).toBe('incognitolabs');
    expect(normalizeName('Co-op Foods')).toBe('coopfoods');
  });

  it('keeps a key for a name that is only a designator', () => {
    expect(normalizeName('Co.')).toBe('co');
    expect(normalizeName('株式会社')).toBe('株式会社');
  });
});

describe('normalizeEmail and normalizePhone', () => {
  it('folds case, width and surrounding spaces of emails', () => {
    expect(normalizeEmail(' Info@Sakura.Example ')).toBe('info@sakura.example');
    expect(normalizeEmail('ｉｎｆｏ＠ｓａｋｕｒａ．ｅｘａｍｐｌｅ')).toBe('info@sakura.example');
  });

  it('keeps only digits of phones, ignoring numbers too short to identify anyone', () => {
    expect(normalizePhone('+81 (3) 1234-5678')).toBe('81312345678');
    expect(normalizePhone('０３－１２３４－５６７８')).toBe('0312345678');
    expect(normalizePhone('ext 12')).toBe('');
    expect(normalizePhone('')).toBe('');
  });
});
