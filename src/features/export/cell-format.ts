/**
 * How typed cells are spelled: dates as spreadsheet serials (XLS/XLSX) or ISO text (CSV),
 * money with its currency's decimals. Date-times keep the wall-clock time the API wrote
 * (the offset is dropped), so a file does not depend on the exporting machine's time zone.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/;
const EPOCH_SERIAL = 25_569; // 1970-01-01 in the 1900 date system
const DAY_MS = 86_400_000;

interface Parts {
  y: number;
  m: number;
  d: number;
  hh: number;
  mm: number;
  ss: number;
  hasTime: boolean;
}

function parts(text: string): Parts | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return { y, m: mo, d, hh: Number(m[4] ?? 0), mm: Number(m[5] ?? 0), ss: Number(m[6] ?? 0), hasTime: m[4] !== undefined };
}

/** `YYYY-MM-DD` or an ISO date-time → the serial day number, or null when it is not a date. */
export function dateSerial(text: string, withTime: boolean): number | null {
  const p = parts(text);
  if (!p) return null;
  const day = Date.UTC(p.y, p.m - 1, p.d) / DAY_MS + EPOCH_SERIAL;
  if (!withTime) return day;
  return day + (p.hh * 3600 + p.mm * 60 + p.ss) / 86_400;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The CSV spelling: `2024-05-01` or `2024-05-01 09:30:00`; null when it is not a date. */
export function csvDate(text: string, withTime: boolean): string | null {
  const p = parts(text);
  if (!p) return null;
  const date = `${p.y}-${pad(p.m)}-${pad(p.d)}`;
  return withTime ? `${date} ${pad(p.hh)}:${pad(p.mm)}:${pad(p.ss)}` : date;
}

/** Excel number format for an amount with `precision` decimals. */
export function moneyFormat(precision: number): string {
  return precision > 0 ? `#,##0.${'0'.repeat(precision)}` : '#,##0';
}

export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
