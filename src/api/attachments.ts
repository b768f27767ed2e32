/**
 * Attachment content types, shared by the mock (which validates what is sent and decides how
 * stored bytes are served) and the app (which decides what it may preview): an attachment is
 * data, never a document of the app's origin.
 */

import { findForbiddenChar } from '../lib/text';

/** Longer values are refused; real media types are far shorter (RFC 6838 caps each name at 127). */
export const MAX_MEDIA_TYPE_LENGTH = 255;

/** What a download is served as when its stored type is not on the allow-list. */
export const OCTET_STREAM = 'application/octet-stream';

/**
 * The types a stored attachment keeps when it is served (api.md, Limits): PDF, PNG, JPEG, CSV,
 * plain text and spreadsheets. Everything else (HTML, SVG, XML, scripts, unknown) is served as
 * application/octet-stream.
 */
export const SERVED_ATTACHMENT_TYPES: readonly string[] = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/csv',
  'text/plain',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/** What the app may show inside the page (as an image, or in the browser's PDF viewer). */
export type PreviewKind = 'pdf' | 'image';
const PREVIEW_KINDS: Record<string, PreviewKind> = {
  'application/pdf': 'pdf',
  'image/png': 'image',
  'image/jpeg': 'image',
};

export interface MediaType {
  /** `type/subtype`, lower-cased. */
  essence: string;
  /** Parameter names lower-cased, values unquoted. */
  params: [name: string, value: string][];
}

// RFC 6838 §4.2 restricted names for type and subtype; RFC 9110 §5.6 tokens and quoted strings
// (visible ASCII only: no obs-text, no tab) for parameters; optional whitespace is spaces only.
const NAME = '[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}';
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const QUOTED = '"(?:[ !#-\\[\\]-~]|\\\\[ -~])*"';
const PARAM = new RegExp(` *; *(?:(${TOKEN})=(${TOKEN}|${QUOTED}))?`, 'y');
const ESSENCE = new RegExp(`^(${NAME})/(${NAME})`);

/** CR, LF, tab and every other C0 control, DEL, C1 controls (and bidi controls, lone surrogates). */
export const hasControlCharacters = (value: string): boolean => findForbiddenChar(value) !== null;

/** Parse `type/subtype *(; name=value)`; null for anything else (control characters included). */
export function parseMediaType(value: string): MediaType | null {
  if (value.length > MAX_MEDIA_TYPE_LENGTH || hasControlCharacters(value)) return null;
  const head = ESSENCE.exec(value);
  if (!head) return null;
  const params: MediaType['params'] = [];
  let at = head[0].length;
  while (at < value.length) {
    PARAM.lastIndex = at;
    const m = PARAM.exec(value);
    if (!m || m[0].length === 0) return null;
    if (m[1] !== undefined && m[2] !== undefined) {
      const raw = m[2];
      const unquoted = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
      params.push([m[1].toLowerCase(), unquoted]);
    }
    at += m[0].length;
  }
  return { essence: `${head[1]}/${head[2]}`.toLowerCase(), params };
}

export const isValidMediaType = (value: string): boolean => parseMediaType(value) !== null;

const TOKEN_ONLY = new RegExp(`^${TOKEN}$`);

/**
 * The Content-Type a stored attachment is served with: its type when on the allow-list (text
 * types keep a token `charset`, nothing else), application/octet-stream otherwise, including
 * for a stored value that is not a media type at all (older data).
 */
export function servedContentType(stored: string): string {
  const media = parseMediaType(stored);
  if (!media || !SERVED_ATTACHMENT_TYPES.includes(media.essence)) return OCTET_STREAM;
  const charset = media.params.find(([name]) => name === 'charset')?.[1];
  if (media.essence.startsWith('text/') && charset && TOKEN_ONLY.test(charset)) {
    return `${media.essence}; charset=${charset.toLowerCase()}`;
  }
  return media.essence;
}

/** Whether the app may preview an attachment of this declared type (its bytes are checked too). */
export function previewKindOf(contentType: string): PreviewKind | null {
  const media = parseMediaType(contentType);
  return (media && PREVIEW_KINDS[media.essence]) ?? null;
}
