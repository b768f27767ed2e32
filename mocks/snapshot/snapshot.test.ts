import { describe, expect, it } from 'vitest';
import type { MockState } from '../../src/api/schemas';
import type { Snapshot } from '../../src/api/schemas/snapshot';
import { call, snapshot, useMockApi } from '../testing';

async function getSnapshot(): Promise<{ text: string; doc: Snapshot; disposition: string | null }> {
  const res = await fetch('http://localhost/__mock/snapshot');
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, doc: JSON.parse(text) as Snapshot, disposition: res.headers.get('content-disposition') };
}

const state = async () => (await call<{ config: MockState }>('GET', '/__mock/config')).body.config;

describe('mock data as a snapshot document', () => {
  useMockApi('demo');

  it('downloads the whole data set and loads it back identically, numbering where it stopped', async () => {
    const before = await getSnapshot();
    expect(before.doc.format).toBe('customers-mock/1');
    expect(before.doc.contacts).toHaveLength(40);
    expect(before.doc.emails.length).toBeGreaterThan(0);
    expect(before.disposition).toBe('attachment; filename="customers-mock-demo.json"');

    await call('POST', '/__mock/reset', { scenario: 'empty' });
    const loaded = await call<{ state: MockState }>('POST', '/__mock/reset', { scenario: 'snapshot', data: before.doc });
    expect(loaded.status).toBe(200);
    expect(loaded.body.state).toMatchObject({ scenario: 'snapshot', size: 40 });
    expect(await state()).toMatchObject({ scenario: 'snapshot' });
    expect((await getSnapshot()).text).toBe(before.text);

    const created = await call<{ contact: { contact_id: string } }>('POST', '/contacts', { contact_name: 'After the load' });
    expect(created.status).toBe(201);
    expect(created.body.contact.contact_id).toBe(String(before.doc.counters.contact + 1));
  });

  it('refuses a bad document naming the bad record, and keeps the data it had', async () => {
    const { doc } = await getSnapshot();
    const kept = snapshot();
    const bad = structuredClone(doc) as unknown as { contacts: Record<string, unknown>[] };
    bad.contacts[3].contact_name = 42;
    const r = await call('POST', '/__mock/reset', { scenario: 'snapshot', data: bad });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe(1001);
    expect(r.body.errors?.map((e) => e.field)).toEqual(['data.contacts.3.contact_name']);
    expect(snapshot()).toBe(kept);
    expect(await state()).toMatchObject({ scenario: 'demo' });

    const extra = structuredClone(doc) as unknown as { invoices: Record<string, unknown>[] };
    extra.invoices[0].total = 1;
    expect((await call('POST', '/__mock/reset', { scenario: 'snapshot', data: extra })).body.errors?.[0].field).toBe('data.invoices.0');
    expect((await call('POST', '/__mock/reset', { scenario: 'snapshot', data: { ...doc, format: 'customers-mock/2' } })).body.errors?.[0].field).toBe(
      'data.format',
    );
    expect((await call('POST', '/__mock/reset', { scenario: 'snapshot' })).body.errors?.[0].field).toBe('data');
    expect(snapshot()).toBe(kept);
  });

  it('refuses records that do not fit together', async () => {
    const { doc } = await getSnapshot();
    const broken = structuredClone(doc);
    broken.contacts[0].owner_id = '99';
    broken.contacts[2].currency_id = '77';
    broken.comments[5].comment_id = broken.comments[4].comment_id;
    broken.invoices[1].customer_id = '9999';
    broken.counters.contact = 3;
    const r = await call('POST', '/__mock/reset', { scenario: 'snapshot', data: broken });
    expect(r.body.code).toBe(1001);
    expect(r.body.errors?.map((e) => e.field)).toEqual([
      'data.comments.5.comment_id',
      'data.contacts.0.owner_id',
      'data.contacts.2.currency_id',
      'data.invoices.1.customer_id',
      'data.counters.contact',
    ]);
    expect(await state()).toMatchObject({ scenario: 'demo' });
  });

  it('loads the data files by name and says which is loaded', async () => {
    const files = await call<{ files: { name: string; description: string }[] }>('GET', '/__mock/scenario-files');
    expect(files.body.files.map((f) => f.name)).toEqual(['month-end-collections', 'after-a-messy-import']);
    expect(files.body.files[0].description).toMatch(/Month-end collections/);

    const r = await call<{ state: MockState }>('POST', '/__mock/reset', { scenario: 'file', name: 'month-end-collections' });
    expect(r.status).toBe(200);
    expect(await state()).toMatchObject({ scenario: 'file', name: 'month-end-collections', size: 8 });
    const list = await call<{ contacts: { contact_name: string }[] }>('GET', '/contacts?filter_by=Status.All&per_page=200');
    expect(list.body.contacts.map((c) => c.contact_name)).toContain('Harbor Freight Lines');

    await call('POST', '/__mock/reset', { scenario: 'file', name: 'after-a-messy-import' });
    expect(await state()).toMatchObject({ scenario: 'file', name: 'after-a-messy-import', size: 12 });

    const kept = snapshot();
    const unknown = await call('POST', '/__mock/reset', { scenario: 'file', name: 'no-such-file' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.map((e) => e.field)).toEqual(['name']);
    expect((await call('POST', '/__mock/reset', { scenario: 'file', name: 'toString' })).body.errors?.[0].field).toBe('name');
    expect(snapshot()).toBe(kept);
  });

  it('goes back to a generated scenario, which names no file', async () => {
    await call('POST', '/__mock/reset', { scenario: 'file', name: 'month-end-collections' });
    await call('POST', '/__mock/reset', { scenario: 'demo' });
    const s = await state();
    expect(s.scenario).toBe('demo');
    expect(s.name).toBeUndefined();
  });
});
