/** Timestamps for generated records, in the API's format (ISO 8601 with an explicit offset). */
import { addDays } from '../rules/dates';

/** The time part of a stamp per minute of the day, built once: the large scenario asks 100,000 times. */
const clock = new Map<number, string>();

/** `date` at `minuteOfDay` (0–1439) UTC. */
export function stamp(date: string, minuteOfDay: number): string {
  let time = clock.get(minuteOfDay);
  if (time === undefined) {
    const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
    const mm = String(minuteOfDay % 60).padStart(2, '0');
    clock.set(minuteOfDay, (time = `T${hh}:${mm}:00.000+00:00`));
  }
  return date + time;
}

/** A time `days` after (or before, if negative) the anchor date, during office hours. */
export function stampAt(anchor: string, days: number, minuteOfDay: number): string {
  return stamp(addDays(anchor, days), minuteOfDay);
}
