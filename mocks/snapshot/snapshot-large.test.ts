/**
 * A snapshot of the large scenario downloads and loads back identically: the document after
 * loading has the same SHA-256 as the one loaded. 20,000 customers by default, to keep the
 * suite quick (every answer is also checked against the OpenAPI document); the 100,000 the
 * contract names run with `SNAPSHOT_TEST_SIZE=100000 npx vitest run mocks/snapshot/snapshot-large.test.ts`
 * (~180 MB, under a minute). The timings are printed as a hint, not asserted (a timed test
 * fails for the wrong reason on a busy machine).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { MockState } from '../../src/api/schemas';
import { call, useMockApi } from '../testing';

const SIZE = Number(process.env.SNAPSHOT_TEST_SIZE ?? 20_000);
const sha256 = (bytes: ArrayBuffer) => createHash('sha256').update(new Uint8Array(bytes)).digest('hex');

async function download(): Promise<ArrayBuffer> {
  const res = await fetch('http://localhost/__mock/snapshot');
  expect(res.status).toBe(200);
  return res.arrayBuffer();
}

describe(`a snapshot of ${SIZE} customers (large scenario)`, () => {
  useMockApi('empty');

  it('loads back identically', { timeout: 300_000 }, async () => {
    const t0 = performance.now();
    expect((await call('POST', '/__mock/reset', { scenario: 'large', size: SIZE })).status).toBe(200);
    const t1 = performance.now();
    const first = await download();
    const t2 = performance.now();
    const res = await fetch('http://localhost/__mock/reset', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new Blob(['{"scenario":"snapshot","data":', first, '}']),
    });
    const loaded = (await res.json()) as { state: MockState };
    expect(res.status).toBe(200);
    expect(loaded.state).toMatchObject({ scenario: 'snapshot', size: SIZE });
    const t3 = performance.now();
    const second = await download();
    const t4 = performance.now();
    expect(second.byteLength).toBe(first.byteLength);
    expect(sha256(second)).toBe(sha256(first));
    const ms = (a: number, b: number) => Math.round(b - a);
    console.log(
      `[snapshot] ${SIZE} customers, ${(first.byteLength / 1e6).toFixed(1)} MB: reset ${ms(t0, t1)} ms, download ${ms(t1, t2)} ms, load ${ms(t2, t3)} ms, download again ${ms(t3, t4)} ms`,
    );
  });
});
