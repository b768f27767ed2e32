/** Money in integer minor units: no floating-point drift in sums. */

/** Convert a major-unit amount (as the API speaks) to minor units of a currency. */
export function toMinor(major: number, precision: number): number {
  return Math.round(major * 10 ** precision);
}

/** Convert minor units back to the API's major-unit number, rounded to the precision. */
export function toMajor(minor: number, precision: number): number {
  return precision === 0 ? minor : Number((minor / 10 ** precision).toFixed(precision));
}

/** A line's amount in minor units: rate × quantity, rounded half away from zero once. */
export function lineMinor(rate: number, quantity: number, precision: number): number {
  const scaled = rate * quantity * 10 ** precision;
  return Math.sign(scaled) * Math.round(Math.abs(scaled) + 1e-9);
}
