/**
 * MOCK_DATA_FILE: the standalone server (server-start.ts, as `npm run mock:server` starts it)
 * in a temporary directory creates the file from the demo, writes a change back to it once,
 * atomically, and a restart loads it again.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Snapshot } from '../../src/api/schemas/snapshot';
import { setToday } from '../rules/dates';
import { startMockServer, type RunningServer } from '../server-start';
import { TEST_TODAY } from '../testing';

let dir = '';
let running: RunningServer | null = null;

beforeEach(() => {
  setToday(TEST_TODAY);
  dir = mkdtempSync(join(tmpdir(), 'mock-data-file-'));
});
afterEach(async () => {
  await running?.close();
  running = null;
  rmSync(dir, { recursive: true, force: true });
  setToday(null);
});

const start = async (file: string, debounceMs = 20) => (running = await startMockServer({ port: 0, host: '127.0.0.1', dataFile: file, debounceMs }));
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
const post = (url: string, path: string, body: unknown) =>
  fetch(`${url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('MOCK_DATA_FILE', () => {
  it('creates the file from the demo, writes changes back, and starts from it again', async () => {
    const file = join(dir, 'data.json');
    const first = await start(file);
    expect(read(file).contacts).toHaveLength(40);

    const created = await post(first.url, '/api/v3/contacts', { contact_name: 'Written To Disk Ltd' });
    expect(created.status).toBe(201);
    const id = ((await created.json()) as { contact: { contact_id: string } }).contact.contact_id;
    await vi.waitFor(() => expect(read(file).contacts.map((c) => c.contact_name)).toContain('Written To Disk Ltd'));
    // Only the document: the temporary file was renamed over it.
    expect(readdirSync(dir)).toEqual(['data.json']);
    await first.close();

    const second = await start(file);
    const config = (await (await fetch(`${second.url}/__mock/config`)).json()) as { config: { scenario: string; name?: string } };
    expect(config.config).toMatchObject({ scenario: 'snapshot', name: 'data.json' });
    const again = (await (await fetch(`${second.url}/api/v3/contacts/${id}`)).json()) as { contact: { contact_name: string } };
    expect(again.contact.contact_name).toBe('Written To Disk Ltd');

    // A reset is written too.
    expect((await post(second.url, '/__mock/reset', { scenario: 'empty' })).status).toBe(200);
    await vi.waitFor(() => expect(read(file).contacts).toHaveLength(0));
  });

  it('writes a burst of changes once', async () => {
    const file = join(dir, 'burst.json');
    // Long enough that the five requests land within it even on a busy machine.
    const { url, dataFile } = await start(file, 400);
    if (!dataFile) throw new Error('no data file');
    await dataFile.flush();
    const before = dataFile.writes();
    await Promise.all(Array.from({ length: 5 }, (_, i) => post(url, '/api/v3/contacts', { contact_name: `Burst ${i}` })));
    await dataFile.flush();
    expect(dataFile.writes() - before).toBe(1);
    expect(read(file).contacts.filter((c) => c.contact_name.startsWith('Burst '))).toHaveLength(5);
  });

  it('refuses to start on a file that is not a snapshot, and leaves it alone', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"format":"customers-mock/1","contacts":[]}');
    await expect(startMockServer({ port: 0, host: '127.0.0.1', dataFile: file })).rejects.toThrow(/file\.counters/);
    expect(readFileSync(file, 'utf8')).toBe('{"format":"customers-mock/1","contacts":[]}');
  });
});
