/** The bounded body reader every handler uses (readBody → readInput → readJson), in each of Zoho's body forms. */
import { describe, expect, it } from 'vitest';
import { RuleFailure } from '../rules/failure';
import { DISCARD_LIMIT, readBody, readInput, readJson } from './http';

const URL_ = 'http://localhost/api/v3/contacts';

/** A body stream of `chunks` chunks of `size` bytes that counts how many were pulled. */
function counted(chunks: number, size: number) {
  const seen = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (seen.pulled === chunks) return controller.close();
      seen.pulled++;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
  return { stream, seen };
}

const streamed = (body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  new Request(URL_, { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

async function failure(p: Promise<unknown>): Promise<RuleFailure> {
  const err: unknown = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof RuleFailure)) throw new Error(`expected a RuleFailure, got ${String(err)}`);
  return err;
}

describe('readBody', () => {
  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    const { stream, seen } = counted(1_000, 1024);
    const err = await failure(readBody(streamed(stream, { 'content-length': String(2 * 1024 * 1024) }), 1024 * 1024));
    expect([err.status, err.code]).toEqual([413, 1040]);
    expect(seen.pulled).toBeLessThanOrEqual(1);
  });

  it('counts a body without Content-Length and stops reading at the limit', async () => {
    const { stream, seen } = counted(50 * 1024, 1024); // 50 MB on offer
    const err = await failure(readBody(streamed(stream), 64 * 1024));
    expect([err.status, err.code]).toEqual([413, 1040]);
    // The limit, then at most DISCARD_LIMIT more read and dropped (so an HTTP client gets its
    // 413 instead of a reset connection), plus what the stream had queued: nowhere near 50 MB.
    expect(seen.pulled).toBeLessThan(64 + DISCARD_LIMIT / 1024 + 10);
  });

  it('does not trust a Content-Length that understates the body', async () => {
    const { stream } = counted(100, 1024);
    const err = await failure(readBody(streamed(stream, { 'content-length': '10' }), 50 * 1024));
    expect(err.status).toBe(413);
  });

  it('returns bodies within the limit whole, and an empty one as no bytes', async () => {
    const { stream } = counted(10, 1000);
    expect((await readBody(streamed(stream), 10_000)).byteLength).toBe(10_000);
    expect((await readBody(new Request(URL_, { method: 'POST' }))).byteLength).toBe(0);
  });
});

describe('readJson and readInput', () => {
  it('parse within the limit and refuse beyond it', async () => {
    const json = (body: string, max?: number) => readJson(new Request(URL_, { method: 'POST', body }), max);
    expect(await json('{"a":1}')).toEqual({ a: 1 });
    expect(await json('  ')).toEqual({});
    expect((await failure(json('{"a":1}', 3))).code).toBe(1040);
    expect((await failure(json('{nope'))).code).toBe(1038);

    const form = new FormData();
    form.set('JSONString', '{"subject":"Hi"}');
    form.append('attachments', new Blob(['x'.repeat(5000)]), 'a.txt');
    const read = (max?: number) => readInput(new Request(URL_, { method: 'POST', body: form }), max, ['attachments']);
    const { fields, files } = await read();
    expect(fields).toEqual({ subject: 'Hi' });
    expect(files.map((f) => [f.field, f.file_name, f.bytes.byteLength])).toEqual([['attachments', 'a.txt', 5000]]);
    expect((await failure(read(1000))).code).toBe(1040);
  });
});
