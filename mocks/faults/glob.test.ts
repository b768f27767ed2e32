import { describe, expect, it } from 'vitest';
import { FAULT_PATH_PATTERN } from '../../src/api/schemas';
import { matchesGlob } from './glob';

describe('fault path globs', () => {
  it('matches literal paths exactly, * as one segment and ** as any number of them', () => {
    expect(matchesGlob('/api/v3/contacts/merge', '/api/v3/contacts/merge')).toBe(true);
    expect(matchesGlob('/api/v3/contacts/merge', '/api/v3/contacts/merge/x')).toBe(false);
    expect(matchesGlob('/api/v3/contacts/*/email', '/api/v3/contacts/12/email')).toBe(true);
    expect(matchesGlob('/api/v3/contacts/*/email', '/api/v3/contacts/12/13/email')).toBe(false);
    expect(matchesGlob('/api/v3/contacts/*/email', '/api/v3/contacts//email')).toBe(false);
    expect(matchesGlob('/api/v3/**', '/api/v3')).toBe(true);
    expect(matchesGlob('/api/v3/**', '/api/v3/contacts/12/email')).toBe(true);
    expect(matchesGlob('/api/**/email', '/api/v3/contacts/12/email')).toBe(true);
    expect(matchesGlob('/api/**/email', '/api/email')).toBe(true);
    expect(matchesGlob('/api/v3/contact*', '/api/v3/contacts')).toBe(true);
    expect(matchesGlob('/api/v3/contact*', '/api/v3/contacts/1')).toBe(false);
    // Characters of a regular expression are themselves.
    expect(matchesGlob('/api/v3/a.b', '/api/v3/aXb')).toBe(false);
    expect(matchesGlob('/api/v3/(x)', '/api/v3/(x)')).toBe(true);
  });

  it('the contract takes a glob only when it starts with "/" and has no empty segment', () => {
    for (const ok of ['/', '/api/v3/contacts/*/email', '/api/**', '/api/v3/contacts/merge']) expect(FAULT_PATH_PATTERN.test(ok), ok).toBe(true);
    for (const bad of ['', 'api/v3', '/api//v3', '/api/v3/', '/api v3', '/api/v3?x=1']) expect(FAULT_PATH_PATTERN.test(bad), bad).toBe(false);
  });
});
