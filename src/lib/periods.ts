/** Statement periods: This Month (default), Last Month, This Quarter, This Year, Custom. */
export const periods = ['this_month', 'last_month', 'this_quarter', 'this_year', 'custom'] as const;
export type Period = (typeof periods)[number];

export interface DateRange {
  start: string;
  end: string;
}

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);

/** The range of a named period around `today` (YYYY-MM-DD); Custom keeps what it is given. */
export function periodRange(period: Exclude<Period, 'custom'>, today: string): DateRange {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const month = m - 1;
  switch (period) {
    case 'this_month':
      return { start: iso(y, month, 1), end: iso(y, month + 1, 0) };
    case 'last_month':
      return { start: iso(y, month - 1, 1), end: iso(y, month, 0) };
    case 'this_quarter': {
      const q = Math.floor(month / 3) * 3;
      return { start: iso(y, q, 1), end: iso(y, q + 3, 0) };
    }
    case 'this_year':
      return { start: iso(y, 0, 1), end: iso(y, 11, 31) };
  }
}

/** Today's date in the user's time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const off = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - off).toISOString().slice(0, 10);
}

export function isValidRange(r: DateRange): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(r.start) && /^\d{4}-\d{2}-\d{2}$/.test(r.end) && r.start <= r.end;
}
