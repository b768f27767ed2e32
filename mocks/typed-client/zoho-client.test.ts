/**
 * Proof by a client no one here wrote: `openapi-fetch` typed by `openapi-typescript` from
 * public/openapi.json (the generated `paths` in ./openapi-paths.ts, rewritten by
 * `npm run openapi`), pointed at the standalone server as any outside client would be. Its
 * calls compile only if the document describes them, and its answers must match.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reset } from '../runtime';
import { createMockApp } from '../server-app';
import { TEST_TODAY } from '../testing';
import type { paths } from './openapi-paths';

let server: Server;
let client: ReturnType<typeof createClient<paths>>;

beforeAll(async () => {
  server = createMockApp().listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  client = createClient<paths>({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3` });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => reset('empty', { anchorDate: TEST_TODAY, keepConfig: false }));

async function createContact(contact_name: string, email: string) {
  // Zoho's classic write: the fields as a JSON text in a form field named JSONString.
  const { data, response } = await client.POST('/contacts', {
    body: { JSONString: JSON.stringify({ contact_name, contact_persons: [{ first_name: 'Hana', email, is_primary_contact: true }] }) },
    bodySerializer: (b) => new URLSearchParams({ JSONString: (b as { JSONString: string }).JSONString }).toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  });
  expect(response.status).toBe(201);
  return data!.contact;
}

describe('a generated client against the standalone server', () => {
  it('creates with a JSONString form body and finds the customer again with a list filter', async () => {
    const kobayashi = await createContact('Kobayashi Foods', 'hana@kobayashi.example');
    await createContact('Sakura Trading', 'info@sakura.example');
    expect(kobayashi.contact_name).toBe('Kobayashi Foods');

    const byEmail = await client.GET('/contacts', { params: { query: { email: 'hana@kobayashi.example' } } });
    expect(byEmail.response.status).toBe(200);
    expect(byEmail.data!.contacts.map((c) => c.contact_id)).toEqual([kobayashi.contact_id]);

    const byName = await client.GET('/contacts', { params: { query: { contact_name_startswith: 'sak', sort_column: 'contact_name' } } });
    expect(byName.data!.contacts.map((c) => c.contact_name)).toEqual(['Sakura Trading']);
    expect(byName.data!.page_context).toMatchObject({ page: 1, has_more_page: false });
  });

  it('updates a customer and reads it back', async () => {
    const c = await createContact('Kobayashi Foods', 'hana@kobayashi.example');
    const put = await client.PUT('/contacts/{contact_id}', {
      params: { path: { contact_id: c.contact_id } },
      body: { contact_name: 'Kobayashi Foods K.K.', payment_terms: 30 },
    });
    expect(put.response.status).toBe(200);
    const got = await client.GET('/contacts/{contact_id}', { params: { path: { contact_id: c.contact_id } } });
    expect(got.data!.contact).toMatchObject({ contact_name: 'Kobayashi Foods K.K.', payment_terms: 30 });
  });

  it('lists, adds and reads contact persons', async () => {
    const c = await createContact('Kobayashi Foods', 'hana@kobayashi.example');
    const added = await client.POST('/contacts/contactpersons', {
      body: { contact_id: c.contact_id, first_name: 'Ken', last_name: 'Sato', email: 'ken@kobayashi.example' },
    });
    expect(added.response.status).toBe(201);
    const list = await client.GET('/contacts/{contact_id}/contactpersons', { params: { path: { contact_id: c.contact_id } } });
    expect(list.data!.contact_persons.map((p) => p.email).sort()).toEqual(['hana@kobayashi.example', 'ken@kobayashi.example']);
    const id = added.data!.contact_person!.contact_person_id;
    const one = await client.GET('/contacts/{contact_id}/contactpersons/{contact_person_id}', {
      params: { path: { contact_id: c.contact_id, contact_person_id: id } },
    });
    expect(one.data!.contact_person).toMatchObject({ first_name: 'Ken', last_name: 'Sato' });
  });

  it('adds a comment and pages the history', async () => {
    const c = await createContact('Kobayashi Foods', 'hana@kobayashi.example');
    const posted = await client.POST('/contacts/{contact_id}/comments', {
      params: { path: { contact_id: c.contact_id } },
      body: { description: 'Called about the March invoice.' },
    });
    expect(posted.response.status).toBe(201);
    const history = await client.GET('/contacts/{contact_id}/comments', { params: { path: { contact_id: c.contact_id } } });
    expect(history.data!.contact_comments.map((x) => x.description)).toContain('Called about the March invoice.');
    expect(history.data!.page_context).toBeDefined();
  });

  it('reads the statement mail content', async () => {
    const c = await createContact('Kobayashi Foods', 'hana@kobayashi.example');
    const mail = await client.GET('/contacts/{contact_id}/statements/email', { params: { path: { contact_id: c.contact_id } } });
    expect(mail.response.status).toBe(200);
    expect(mail.data!.data.to_contacts.map((t) => t.email)).toContain('hana@kobayashi.example');
    expect(mail.data!.data.subject).toMatch(/^Statement of accounts from \d{4}-\d{2}-\d{2}/);
    expect(mail.data!.data.body).toContain('Kobayashi Foods');
  });

  it("gets Zoho's error envelope for a customer that does not exist", async () => {
    const { data, error, response } = await client.GET('/contacts/{contact_id}', { params: { path: { contact_id: '999999999' } } });
    expect(response.status).toBe(404);
    expect(data).toBeUndefined();
    expect(error).toMatchObject({ code: expect.any(Number), message: expect.any(String) });
  });
});
