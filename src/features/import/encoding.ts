/**
 * Character encodings of CSV/TSV files: UTF-8 (the default, with or without a BOM) and
 * Shift_JIS (what Japanese Excel writes). A file that is not valid UTF-8 but decodes cleanly as
 * Shift_JIS is offered as Shift_JIS. Pure: runs in the import worker and in unit tests.
 */
export const textEncodings = ['utf-8', 'shift_jis'] as const;
export type TextEncodingName = (typeof textEncodings)[number];

/** How much of a file the checks look at (decoding is linear; 10 MB takes milliseconds). */
const SNIFF_BYTES = 64 * 1024;

function decodesCleanly(bytes: Uint8Array, encoding: TextEncodingName): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export const isValidUtf8 = (bytes: Uint8Array): boolean => decodesCleanly(bytes, 'utf-8');

/** UTF-8 when it is valid UTF-8 (pure ASCII included); Shift_JIS when only that decodes cleanly. */
export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (isValidUtf8(bytes)) return 'utf-8';
  return decodesCleanly(bytes, 'shift_jis') ? 'shift_jis' : 'utf-8';
}

/** Text as the chosen encoding reads it; a UTF-8 BOM is dropped, bad bytes become U+FFFD. */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName): string {
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * Not a text file: NUL bytes (UTF-16, images, executables) or many control characters in the
 * first 64 KB. Tab, CR, LF, form feed and escape are normal in text.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return n > 0 && control / n > 0.05;
}

/** The first `lines` lines of the text, for the user to judge the encoding by eye. */
export function previewLines(text: string, lines = 4): string {
  return text.split(/\r\n|\n|\r/, lines).join('\n');
}
