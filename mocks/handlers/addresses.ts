/**
 * A customer's additional addresses, as Zoho has them (beside billing and shipping). They live
 * inside the contact record, so every change is one write of that contact plus a history line.
 */
import { http, type HttpHandler } from 'msw';
import { z } from 'zod/mini';
import { addressInputSchema, type AdditionalAddress, type User } from '../../src/api/schemas';
import { MAX_ADDITIONAL_ADDRESSES } from '../../src/api/limits';
import type { ContactRecord } from '../db/types';
import { db } from '../runtime';
import { diffContact } from '../rules/audit';
import { addComment } from '../rules/comments';
import { nowIso } from '../rules/dates';
import { parseOrRefuse, refuse, sentKeys } from '../rules/failure';
import { findVisibleContact } from '../rules/visible-contact';
import { API, actingUser, api, ok, readJson } from './http';

const patchSchema = z.partial(addressInputSchema);

/** Zoho's body may repeat the id it edits; it is the path's that counts. */
function withoutId(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const rest = { ...(raw as Record<string, unknown>) };
  delete rest.address_id;
  return rest;
}

function findAddress(contact: ContactRecord, id: string): AdditionalAddress {
  const found = (contact.addresses ?? []).find((a) => a.address_id === id);
  if (!found) throw refuse.notFound('Address');
  return found;
}

function oneLine(a: AdditionalAddress): string {
  return [a.attention, a.address, a.city, a.country].filter(Boolean).join(', ') || `#${a.address_id}`;
}

/** Store the contact with the addresses `build` returns (ids from the transaction), and a history line. */
function saveAddresses(
  user: User,
  contact: ContactRecord,
  build: (newId: () => string) => AdditionalAddress[],
  operation: string,
  describe: (list: AdditionalAddress[]) => string,
): Promise<AdditionalAddress[]> {
  return db.transact((tx) => {
    const addresses = build(() => tx.nextId('address'));
    const next = tx.contacts.put({ ...contact, addresses, last_modified_time: nowIso() });
    addComment(tx, contact.contact_id, operation, describe(addresses), user.name, { commented_by_id: user.user_id, changes: diffContact(db, contact, next) });
    return addresses;
  });
}

export const addressHandlers: HttpHandler[] = [
  http.get(
    `${API}/contacts/:id/address`,
    api<{ id: string }>(({ params, request }) => ok('success', { addresses: findVisibleContact(db, actingUser(request), params.id).addresses ?? [] })),
  ),

  http.post(
    `${API}/contacts/:id/address`,
    api<{ id: string }>(async ({ params, request }) => {
      const raw = withoutId(await readJson(request));
      const user = actingUser(request);
      const contact = findVisibleContact(db, user, params.id);
      const fields = parseOrRefuse(addressInputSchema, raw);
      const current = contact.addresses ?? [];
      if (current.length >= MAX_ADDITIONAL_ADDRESSES) {
        const message = `A customer can have at most ${MAX_ADDITIONAL_ADDRESSES} additional addresses.`;
        throw refuse.invalid([{ field: 'address', message }], message);
      }
      let created: AdditionalAddress | undefined;
      await saveAddresses(
        user,
        contact,
        (newId) => [...current, (created = { ...fields, address_id: newId() })],
        'address_added',
        () => `Address "${oneLine(created as AdditionalAddress)}" added.`,
      );
      return ok('The address has been created.', { address_info: created }, 201);
    }),
  ),

  http.put(
    `${API}/contacts/:id/address/:address_id`,
    api<{ id: string; address_id: string }>(async ({ params, request }) => {
      const raw = withoutId(await readJson(request));
      const user = actingUser(request);
      const contact = findVisibleContact(db, user, params.id);
      const existing = findAddress(contact, params.address_id);
      const parsed = parseOrRefuse(patchSchema, raw);
      // Only the fields sent change (Zoho: "send the fields that change").
      const sent = sentKeys(raw);
      const patch = Object.fromEntries(Object.entries(parsed).filter(([k]) => sent.has(k)));
      const updated: AdditionalAddress = { ...existing, ...patch, address_id: existing.address_id };
      await saveAddresses(
        user,
        contact,
        () => (contact.addresses ?? []).map((a) => (a.address_id === existing.address_id ? updated : a)),
        'address_updated',
        () => `Address "${oneLine(updated)}" updated.`,
      );
      return ok('The address has been updated.', { address_info: updated });
    }),
  ),

  http.delete(
    `${API}/contacts/:id/address/:address_id`,
    api<{ id: string; address_id: string }>(async ({ params, request }) => {
      const user = actingUser(request);
      const contact = findVisibleContact(db, user, params.id);
      const existing = findAddress(contact, params.address_id);
      await saveAddresses(
        user,
        contact,
        () => (contact.addresses ?? []).filter((a) => a.address_id !== existing.address_id),
        'address_deleted',
        () => `Address "${oneLine(existing)}" deleted.`,
      );
      return ok('The address has been deleted.', {});
    }),
  ),
];
