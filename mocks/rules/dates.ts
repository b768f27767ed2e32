/** Calendar dates as `YYYY-MM-DD` strings, computed in UTC so every machine agrees. */

let fixedToday: string | null = null;

/** Tests pin "today" so overdue states and periods are deterministic. */
export function setToday(iso: string | null): void {
  fixedToday = iso;
}

export function todayIso(): string {
  return fixedToday ?? new Date().toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isValidIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

let lastNow = 0;
/**
 * ISO 8601 time with offset (UTC), strictly increasing within a process so two writes in the
 * same millisecond still get different `last_modified_time`s (the stale-update check needs it).
 */
export function nowIso(): string {
  const t = Math.max(Date.now(), lastNow + 1);
  lastNow = t;
  return new Date(t).toISOString().replace('Z', '+00:00');
}

const ISO_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/**
 * The instant of an ISO 8601 time with an offset (`Z` or `±hh:mm`; seconds and fractions
 * optional), in milliseconds, or null when it is not one: no offset (whose instant would
 * depend on the machine's zone), an impossible date, or anything else.
 */
export function parseInstant(s: string): number | null {
  const m = ISO_TIME.exec(s.trim());
  if (!m || !isValidIsoDate(m[1])) return null;
  const ms = Date.parse(s.trim());
  return Number.isNaN(ms) ? null : ms;
}
