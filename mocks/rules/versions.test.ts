import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/api/schemas';
import { parseInstant } from './dates';
import { RuleFailure } from './failure';
import { assertIfMatch, assertSameVersionTime, contactEtag, ifMatchAllows } from './versions';

const stored = { contact_id: '7', last_modified_time: '2026-06-15T10:00:00.000+00:00' };

function code(fn: () => void): number | null {
  try {
    fn();
    return null;
  } catch (err) {
    if (err instanceof RuleFailure) return err.code;
    throw err;
  }
}

describe('parseInstant', () => {
  it('reads ISO 8601 times with an offset, whatever their spelling', () => {
    const at = Date.UTC(2026, 5, 15, 10);
    for (const s of [
      '2026-06-15T10:00:00.000+00:00',
      '2026-06-15T10:00:00Z',
      '2026-06-15t10:00z',
      '2026-06-15T19:00:00+09:00',
      '2026-06-15T10:00:00.000000Z',
    ]) {
      expect(parseInstant(s), s).toBe(at);
    }
  });

  it('is null for no offset, impossible dates and other text', () => {
    for (const s of ['', 'now', '2026-06-15', '2026-06-15T10:00:00', '2026-02-30T10:00:00Z', '2026-06-15T10:00:00+0900', '1781517600000']) {
      expect(parseInstant(s), s).toBeNull();
    }
  });
});

describe('versions', () => {
  it('tags a customer by id and instant: the same instant spelled otherwise has the same tag', () => {
    const tag = contactEtag(stored);
    expect(tag).toMatch(/^"7-[0-9a-z]+"$/);
    expect(contactEtag({ ...stored, last_modified_time: '2026-06-15T10:00:00Z' })).toBe(tag);
    expect(contactEtag({ ...stored, last_modified_time: '2026-06-15T10:00:00.001Z' })).not.toBe(tag);
    expect(contactEtag({ ...stored, contact_id: '8' })).not.toBe(tag);
  });

  it('matches If-Match by strong comparison, * and lists included', () => {
    const tag = contactEtag(stored);
    expect(ifMatchAllows('*', tag)).toBe(true);
    expect(ifMatchAllows(` "x" ,${tag} `, tag)).toBe(true);
    expect(ifMatchAllows(`W/${tag}`, tag)).toBe(false);
    expect(ifMatchAllows('', tag)).toBe(false);
    expect(code(() => assertIfMatch(stored, null))).toBeNull();
    expect(code(() => assertIfMatch(stored, '"7-0"'))).toBe(ErrorCode.staleUpdate);
  });

  it('refuses another instant (3010) and a time that is none (1001)', () => {
    expect(code(() => assertSameVersionTime(stored, '2026-06-15T12:00:00+02:00'))).toBeNull();
    expect(code(() => assertSameVersionTime(stored, '2026-06-15T10:00:01Z'))).toBe(ErrorCode.staleUpdate);
    expect(code(() => assertSameVersionTime(stored, ''))).toBe(ErrorCode.invalid);
  });
});
