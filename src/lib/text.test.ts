import { describe, expect, it } from 'vitest';
import { findForbiddenChar, forbiddenCharMessage, normaliseName, normaliseText, stripInvisible, textProblem } from './text';

const kindOf = (s: string, multiline = false) => findForbiddenChar(s, { multiline })?.kind ?? null;

describe('normaliseName', () => {
  it.each([
    ['Acme Inc.', 'Acme Inc.'],
    ['  Acme  ', 'Acme'],
    ['ＡＣＭＥ　Inc', 'ＡＣＭＥ　Inc'],
    ['株式会社さくら商事', '株式会社さくら商事'],
    ['ｻｸﾗ', 'ｻｸﾗ'],
    ['Cafe\u0301', 'Café'],
    ['\u30AB\u3099', '\u30AC'],
    ['Acme\u200B', 'Acme'],
    ['Ac\u200Cme', 'Acme'],
    ['Ac\u200Dme', 'Acme'],
    ['Acme\u2060', 'Acme'],
    ['\uFEFFAcme', 'Acme'],
    ['Ac\u00ADme', 'Acme'],
    ['e\u200B\u0301', 'é'],
    ['\u200B \u00AD\uFEFF', ''],
    ['Sushi 🍣', 'Sushi 🍣'],
    ['Family \u{1F468}\u200D\u{1F469}\u200D\u{1F467}', 'Family \u{1F468}\u200D\u{1F469}\u200D\u{1F467}'],
    ['Rainbow \u{1F3F3}\uFE0F\u200D\u{1F308} Ltd', 'Rainbow \u{1F3F3}\uFE0F\u200D\u{1F308} Ltd'],
    ['\u200D\u{1F468}\u200D', '\u{1F468}'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  it('keeps width (NFC, not NFKC): full-width and half-width names are stored as typed', () => {
    expect(normaliseName('Ａｃｍｅ')).toBe('Ａｃｍｅ');
  });
});

describe('normaliseText', () => {
  it('applies NFC but keeps invisible characters and surrounding space', () => {
    expect(normaliseText(' Cafe\u0301\u200B ')).toBe(' Café\u200B ');
  });
  it('folds CRLF and CR to LF in multi-line text only', () => {
    expect(normaliseText('a\r\nb\rc', { multiline: true })).toBe('a\nb\nc');
    expect(normaliseText('a\r\nb')).toBe('a\r\nb');
  });
  it('leaves lone surrogates in place for the check', () => {
    expect(normaliseText('a\uD800')).toBe('a\uD800');
  });
  it('strips only the listed invisible characters', () => {
    expect(stripInvisible('a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf\u00ADg\u200Eh')).toBe('abcdefg\u200Eh');
  });
});

describe('findForbiddenChar', () => {
  it.each([
    ['Latin', 'Acme, Inc. & Co. (Ltd.) #1'],
    ['full-width', 'ＡＣＭＥ　ＩＮＣ．'],
    ['Japanese', '株式会社さくら商事 ｻｸﾗ'],
    ['accents', 'Café Müller'],
    ['emoji (a valid surrogate pair)', 'Sushi 🍣 \u{1F468}\u200D\u{1F469}'],
    ['astral CJK', '𠮷野家'],
    ['invisible characters (stripped elsewhere, not refused)', 'a\u200B\u200C\u200D\u2060\uFEFF\u00ADb'],
    ['LRM/RLM marks', 'a\u200E\u200Fb'],
    ['line and paragraph separators', 'a\u2028b'],
  ])('passes %s', (_, s) => {
    expect(findForbiddenChar(s)).toBeNull();
    expect(findForbiddenChar(s, { multiline: true })).toBeNull();
  });

  it.each([
    ['NUL', '\u0000'],
    ['BEL', '\u0007'],
    ['backspace', '\u0008'],
    ['vertical tab', '\u000B'],
    ['form feed', '\u000C'],
    ['ESC', '\u001B'],
    ['unit separator', '\u001F'],
    ['DEL', '\u007F'],
    ['C1 first (PAD)', '\u0080'],
    ['NEL', '\u0085'],
    ['CSI', '\u009B'],
    ['C1 last (APC)', '\u009F'],
  ])('refuses %s as a control character, in one-line and multi-line text', (_, ch) => {
    expect(kindOf(`a${ch}b`)).toBe('control');
    expect(kindOf(`a${ch}b`, true)).toBe('control');
  });

  it.each([
    ['tab', '\t'],
    ['line feed', '\n'],
    ['carriage return', '\r'],
  ])('allows %s only in multi-line text', (_, ch) => {
    expect(kindOf(`a${ch}b`)).toBe('control');
    expect(kindOf(normaliseText(`a${ch}b`, { multiline: true }), true)).toBeNull();
  });

  it.each(['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'])('refuses the bidi control U+%s', (ch) => {
    expect(kindOf(`a${ch}b`)).toBe('bidi');
    expect(kindOf(`a${ch}b`, true)).toBe('bidi');
  });

  it.each([
    ['high, alone', 'a\uD800b'],
    ['high, at the end', 'ab\uDBFF'],
    ['low, alone', 'a\uDC00b'],
    ['low, at the start', '\uDFFFab'],
    ['two highs', '\uD83C\uD83C'],
    ['low before high (reversed pair)', '\uDF63\uD83C'],
  ])('refuses a lone surrogate (%s)', (_, s) => {
    expect(kindOf(s)).toBe('surrogate');
    expect(kindOf(s, true)).toBe('surrogate');
  });

  it('reports the first one, with its index and code point', () => {
    expect(findForbiddenChar('ok\u202Eno\u0000')).toEqual({ index: 2, codePoint: 0x202e, kind: 'bidi' });
  });
});

describe('forbiddenCharMessage', () => {
  it('names the field and the character', () => {
    const msg = (s: string, multiline = false) => {
      const found = findForbiddenChar(s, { multiline });
      return found && forbiddenCharMessage('Company name', found, { multiline });
    };
    expect(msg('a\u0007')).toBe('Company name contains a control character (U+0007), which is not allowed.');
    expect(msg('a\n')).toBe('Company name must be on one line (it contains a tab or a line break).');
    expect(msg('a\u202E')).toBe('Company name contains a text-direction control character (U+202E), which is not allowed.');
    expect(msg('a\uD800')).toBe('Company name contains a broken character (an unpaired surrogate U+D800), which is not allowed.');
  });
});

describe('textProblem', () => {
  it('words what the contract refuses, as the schemas see the value', () => {
    expect(textProblem(' Acme ')).toBeNull();
    expect(textProblem('Acme\n')).toBeNull();
    expect(textProblem('Ac\nme')).toBe('oneLine');
    expect(textProblem('Ac\tme')).toBe('oneLine');
    expect(textProblem('Ac\nme\r\n\t', { multiline: true })).toBeNull();
    expect(textProblem('Acme\u202E')).toBe('badChar');
    expect(textProblem('Acme\u0007', { multiline: true })).toBe('badChar');
    expect(textProblem('Acme\uD800')).toBe('badChar');
  });
});
