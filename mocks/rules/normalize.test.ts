import { describe, expect, it } from 'vitest';
import { duplicateNameKey } from '../db/derived';
import { foldText } from '../db/contact-index';
import { normalizeEmail, normalizeName, normalizePhone } from './normalize';

describe('normalizeName', () => {
  it.each([
    'Acme',
    'ACME',
    'Acme, Inc.',
    'Acme Inc',
    'acme inc.',
    'Acme LLC',
    'Acme Ltd',
    'Acme Co.',
    'Acme Co., Ltd.',
    'Acme Corp',
    'Acme Corporation',
    'Acme GmbH',
    '  Acme  ',
    'Ａｃｍｅ',
    'ＡＣＭＥ　ＩＮＣ．',
    'A.C.M.E.',
    'Acme!',
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

describe('keys ignore invisible characters (api.md "Limits", Text)', () => {
  const invisible = ['Acme\u200B', 'Ac\u200Cme', 'Ac\u200Dme', 'Acme\u2060', '\uFEFFAcme', 'Ac\u00ADme', 'Ａ\u00ADｃｍｅ'];

  it.each(invisible)('merge suggestions fold %j to "acme"', (name) => {
    expect(normalizeName(name)).toBe('acme');
  });

  it.each(invisible)('the Duplicate view and uniqueness key %j as "acme"', (name) => {
    expect(duplicateNameKey(name)).toBe('acme');
  });

  it('search folds them away too, and NFC-equivalent names share a key', () => {
    expect(foldText('Ac\u00ADme\u200B')).toBe('acme');
    expect(duplicateNameKey('Cafe\u0301')).toBe(duplicateNameKey('Café'));
    expect(normalizeEmail('ann\u200B@acme.example')).toBe('ann@acme.example');
  });
});
