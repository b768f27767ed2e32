/** Calendar dates as `YYYY-MM-DD` strings, computed in UTC so every machine agrees. */

const DAY_MS = 86_400_000;

let fixedToday: string | null = null;
/** The mock's clock (`PUT /__mock/config {today}`), read where the config lives (runtime.ts). */
let clock: () => string | null = () => null;

/** Tests pin "today" so overdue states and periods are deterministic. */
export function setToday(iso: string | null): void {
  fixedToday = iso;
}

/**
 * Where the mock's configured day comes from; it wins over the tests' pin, so a test can set
 * the clock through the API, and `null` there falls back to the pin (or the real date).
 */
export function setClockSource(source: () => string | null): void {
  clock = source;
}

/** The day every derived date follows, or null for the real date. */
function fixedDay(): string | null {
  return clock() ?? fixedToday;
}

export function todayIso(): string {
  return fixedDay() ?? new Date().toISOString().slice(0, 10);
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
 * With a fixed day, it is that day at the current time of day; a clock set back to an earlier
 * day starts again on that day (times follow the day), later writes on it still increase.
 */
export function nowIso(): string {
  const real = Date.now();
  const day = fixedDay();
  const candidate = day === null ? real : Date.parse(`${day}T00:00:00Z`) + (real % DAY_MS);
  const sameDay = Math.floor(candidate / DAY_MS) === Math.floor((lastNow + 1) / DAY_MS);
  const t = candidate > lastNow || !sameDay ? candidate : lastNow + 1;
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
