/**
 * Which version of a customer a write was based on: `last_modified_time` compared by instant
 * (not by spelling), and the `ETag` / `If-Match` pair. A write based on another version is
 * 409/3010; the app's form then offers to reload or overwrite.
 */
import { ErrorCode } from '../../src/api/schemas';
import type { ContactRecord } from '../db/types';
import { parseInstant } from './dates';
import { refuse } from './failure';

export const STALE_MESSAGE = 'This customer has been changed by someone else since you opened it. Reload it and try again.';

type Versioned = Pick<ContactRecord, 'contact_id' | 'last_modified_time'>;

/**
 * A strong entity tag for the customer's own fields: its id and the instant it was last
 * changed (every write of the record moves that on). Totals derived from transactions do not
 * change it, just as they leave `last_modified_time` alone.
 */
export function contactEtag(c: Versioned): string {
  const ms = parseInstant(c.last_modified_time);
  return `"${c.contact_id}-${ms === null ? encodeURIComponent(c.last_modified_time) : ms.toString(36)}"`;
}

/** RFC 9110 If-Match: `*`, or a list of tags one of which equals `etag` (strong comparison: W/ never matches). */
export function ifMatchAllows(header: string, etag: string): boolean {
  const value = header.trim();
  if (value === '*') return true;
  return value.split(',').some((tag) => tag.trim() === etag);
}

/** 409/3010 when `If-Match` (if sent) names another version. */
export function assertIfMatch(existing: Versioned, header: string | null): void {
  if (header !== null && !ifMatchAllows(header, contactEtag(existing))) {
    throw refuse.rule(ErrorCode.staleUpdate, STALE_MESSAGE);
  }
}

/** 1001 for a `last_modified_time` that is not a time, 409/3010 for another instant than the stored one. */
export function assertSameVersionTime(existing: Versioned, sent: string): void {
  const instant = parseInstant(sent);
  if (instant === null) {
    throw refuse.field('last_modified_time', 'last_modified_time must be an ISO 8601 time with an offset, as the customer returned it.');
  }
  if (instant !== parseInstant(existing.last_modified_time)) throw refuse.rule(ErrorCode.staleUpdate, STALE_MESSAGE);
}
