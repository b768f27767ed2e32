/**
 * Path globs of scripted faults (src/api/schemas/faults.ts): `*` as a whole segment is any one
 * segment, `**` any number of segments (none too), `*` inside a segment any characters of it;
 * everything else matches itself. The glob is matched against the whole path (no query).
 */
const escapeRe = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

function segment(seg: string): string {
  if (seg === '*') return '/[^/]+';
  return `/${seg.split('*').map(escapeRe).join('[^/]*')}`;
}

const compiled = new Map<string, RegExp>();

/** The glob as a regular expression over a path (`/api/v3/contacts/12/email`). */
export function globRegExp(glob: string): RegExp {
  let re = compiled.get(glob);
  if (re) return re;
  const parts = glob.split('/').slice(1);
  const body = parts.map((p) => (p === '**' ? '(?:/[^/]+)*' : segment(p))).join('');
  // "/" alone is the root; "/**" is every path.
  re = new RegExp(`^${body || '/'}${parts.at(-1) === '**' ? '/?' : ''}$`);
  if (compiled.size > 200) compiled.clear();
  compiled.set(glob, re);
  return re;
}

export function matchesGlob(glob: string, path: string): boolean {
  return globRegExp(glob).test(path);
}
