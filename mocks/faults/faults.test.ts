/**
 * Scripted faults over the handlers (PUT /__mock/config `faults`): matching calls fail with the
 * rule's status and code until its uses are spent; `after_writes` fails inside the write, which
 * rolls back whole (merge, bulk update, bulk delete, import), and the retry succeeds.
 */
import { describe, expect, it } from 'vitest';
import type { FaultRuleInput, MockState } from '../../src/api/schemas';
import { call, snapshot, useMockApi, BASE } from '../testing';
import { commentsOf, seedContact, seedInvoice } from '../handlers/contact-fixtures.test-helper';
import { db } from '../runtime';

type Config = { config: MockState };
const setFaults = (faults: FaultRuleInput[]) => call<Config>('PUT', '/__mock/config', { faults });
const faultsLeft = async () => (await call<Config>('GET', '/__mock/config')).body.config.faults;

describe('scripted faults', () => {
  useMockApi('empty');

  it('takes rules with defaults, shows what is left, and fails exactly `times` matching calls', async () => {
    const put = await setFaults([{ method: 'GET', path: '/api/v3/contacts', status: 503, code: 4242, message: 'Down for a bit.', times: 2 }]);
    expect(put.status).toBe(200);
    expect(put.body.config.faults).toEqual([{ method: 'GET', path: '/api/v3/contacts', status: 503, code: 4242, message: 'Down for a bit.', times: 2 }]);

    // Other methods and paths do not match and use nothing.
    expect((await call('GET', '/contacts/1')).status).toBe(404);
    expect((await call('POST', '/contacts', { contact_name: 'A' })).status).toBe(201);
    expect(await faultsLeft()).toMatchObject([{ times: 2 }]);

    const res = await fetch(`${BASE}/contacts?per_page=5`);
    expect(res.status).toBe(503);
    expect(res.headers.get('x-mock-fault')).toBe('scripted');
    expect(await res.json()).toEqual({ code: 4242, message: 'Down for a bit.' });
    expect(await faultsLeft()).toMatchObject([{ times: 1 }]);
    expect((await call('GET', '/contacts')).status).toBe(503);
    expect(await faultsLeft()).toEqual([]);
    expect((await call('GET', '/contacts')).status).toBe(200);
  });

  it('fills in code and message from the status, times 1, method any', async () => {
    const put = await setFaults([
      { path: '/api/v3/contacts/*/email', status: 500 },
      { path: '/api/**', status: 404, times: 3 },
    ]);
    expect(put.body.config.faults).toEqual([
      { method: '*', path: '/api/v3/contacts/*/email', status: 500, code: 1000, message: 'Injected failure (designer tools).', times: 1 },
      { method: '*', path: '/api/**', status: 404, code: 1002, message: 'Injected failure (designer tools).', times: 3 },
    ]);
    // The first matching rule is the one used.
    const email = await call('POST', '/contacts/7/email', {});
    expect([email.status, email.body.code]).toEqual([500, 1000]);
    expect(await faultsLeft()).toMatchObject([{ path: '/api/**', times: 3 }]);
    expect((await call('GET', '/users')).body.code).toBe(1002);
    // The control API is never faulted.
    expect((await call('GET', '/__mock/config')).status).toBe(200);
  });

  it('refuses a bad rule with 1001 naming its field, and changes nothing', async () => {
    await setFaults([{ path: '/api/v3/contacts', status: 500 }]);
    const before = await faultsLeft();
    for (const [rule, field] of [
      [{ path: '', status: 500 }, 'faults.0.path'],
      [{ path: 'api/v3/contacts', status: 500 }, 'faults.0.path'],
      [{ path: '/api//v3', status: 500 }, 'faults.0.path'],
      [{ path: '/api', status: 200 }, 'faults.0.status'],
      [{ path: '/api', status: 700 }, 'faults.0.status'],
      [{ path: '/api', status: 500, times: 0 }, 'faults.0.times'],
      [{ path: '/api', status: 500, times: 1.5 }, 'faults.0.times'],
      [{ path: '/api', status: 500, method: 'PATCH' }, 'faults.0.method'],
      [{ path: '/api', status: 500, delay_ms: 60_001 }, 'faults.0.delay_ms'],
      [{ path: '/api', status: 500, after_writes: -1 }, 'faults.0.after_writes'],
      [{ path: '/api', status: 500, code: 1.5 }, 'faults.0.code'],
    ] as const) {
      const r = await call('PUT', '/__mock/config', { latency_ms: 5, faults: [rule] });
      expect(r.status, JSON.stringify(rule)).toBe(400);
      expect(r.body.code).toBe(1001);
      expect([...new Set(r.body.errors?.map((e) => e.field))]).toEqual([field]);
    }
    const second = await call('PUT', '/__mock/config', {
      faults: [
        { path: '/api', status: 500 },
        { path: '/api', status: 99 },
      ],
    });
    expect(second.body.errors?.map((e) => e.field)).toEqual(['faults.1.status']);
    const state = (await call<Config>('GET', '/__mock/config')).body.config;
    expect(state.faults).toEqual(before);
    expect(state.latency_ms).toBe(0);
  });

  it('lets concurrent calls take each use once', async () => {
    await setFaults([{ method: 'GET', path: '/api/v3/users', status: 502, times: 3 }]);
    const statuses = await Promise.all(Array.from({ length: 12 }, () => call('GET', '/users').then((r) => r.status)));
    expect(statuses.filter((s) => s === 502)).toHaveLength(3);
    expect(statuses.filter((s) => s === 200)).toHaveLength(9);
    expect(await faultsLeft()).toEqual([]);
  });

  it('waits delay_ms before answering', async () => {
    await setFaults([{ path: '/api/v3/users', status: 500, delay_ms: 60 }]);
    const started = performance.now();
    expect((await call('GET', '/users')).status).toBe(500);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });
});

describe('scripted faults inside a write (after_writes)', () => {
  useMockApi('empty');

  /** Three customers with invoices and history: a merge writes many rows. */
  function trio() {
    const [master, a, b] = ['Acme', 'Acme Two', 'Acme Three'].map((n) => seedContact({ contact_name: n, currency_id: '1' }));
    for (const c of [master, a, b]) seedInvoice(c.contact_id);
    return { master, a, b };
  }

  it('fails a merge of three after one record, rolls every table back, and the retry merges', async () => {
    const { master, a, b } = trio();
    const invoicesBefore = JSON.stringify(db.tables.invoices.all());
    const historyBefore = JSON.stringify([master, a, b].map((c) => commentsOf(c.contact_id)));
    const before = snapshot();
    await setFaults([{ method: 'POST', path: '/api/v3/contacts/merge', status: 503, code: 7001, after_writes: 1 }]);
    const body = { master_contact_id: master.contact_id, contact_ids: [a.contact_id, b.contact_id] };

    const failed = await call('POST', '/contacts/merge', body);
    expect([failed.status, failed.body.code]).toEqual([503, 7001]);
    expect(snapshot()).toBe(before);
    expect(JSON.stringify(db.tables.invoices.all())).toBe(invoicesBefore);
    expect(JSON.stringify([master, a, b].map((c) => commentsOf(c.contact_id)))).toBe(historyBefore);
    expect(await faultsLeft()).toEqual([]);

    const retry = await call('POST', '/contacts/merge', body);
    expect(retry.status).toBe(200);
    expect(db.tables.contacts.get(a.contact_id)?.merged_into_contact_id).toBe(master.contact_id);
    expect(db.tables.invoices.all().every((i) => i.customer_id === master.contact_id)).toBe(true);
  });

  it('fails a bulk update part-way with nothing changed, then the retry updates all', async () => {
    const { master, a, b } = trio();
    const ids = [master, a, b].map((c) => c.contact_id);
    const before = snapshot();
    await setFaults([{ method: 'POST', path: '/api/v3/contacts/bulk', status: 500, after_writes: 2 }]);
    const body = { action: 'update', field: 'payment_terms', value: 60, contact_ids: ids };
    const failed = await call('POST', '/contacts/bulk', body);
    expect([failed.status, failed.body.code]).toEqual([500, 1000]);
    expect(snapshot()).toBe(before);
    expect((await call('POST', '/contacts/bulk', body)).status).toBe(200);
    expect(ids.map((id) => db.tables.contacts.get(id)?.payment_terms)).toEqual([60, 60, 60]);
  });

  it('fails a bulk delete part-way with nothing deleted', async () => {
    const ids = ['A', 'B', 'C'].map((n) => seedContact({ contact_name: n }).contact_id);
    const before = snapshot();
    await setFaults([{ method: 'POST', path: '/api/v3/contacts/bulk', status: 500, after_writes: 1 }]);
    expect((await call('POST', '/contacts/bulk', { action: 'delete', contact_ids: ids })).status).toBe(500);
    expect(snapshot()).toBe(before);
    expect((await call('POST', '/contacts/bulk', { action: 'delete', contact_ids: ids })).status).toBe(200);
    expect(ids.some((id) => db.tables.contacts.has(id))).toBe(false);
  });

  it('fails an import part-way with nothing created and no ids used, then the retry imports', async () => {
    seedContact({ contact_name: 'Existing' });
    const before = snapshot();
    await setFaults([{ method: 'POST', path: '/api/v3/contacts/import', status: 500, after_writes: 1 }]);
    const body = { rows: [{ contact_name: 'New A' }, { contact_name: 'New B' }, { contact_name: 'New C' }] };
    expect((await call('POST', '/contacts/import', body)).status).toBe(500);
    expect(snapshot()).toBe(before);
    const retry = await call<{ summary: { created: number } }>('POST', '/contacts/import', body);
    expect(retry.status).toBe(200);
    expect(retry.body.summary.created).toBe(3);
  });

  it('lets a write with fewer records than after_writes succeed (the use is still spent)', async () => {
    await setFaults([{ method: 'POST', path: '/api/v3/contacts', status: 500, after_writes: 50 }]);
    expect((await call('POST', '/contacts', { contact_name: 'Small' })).status).toBe(201);
    expect(await faultsLeft()).toEqual([]);
  });
});
