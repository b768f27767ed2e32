import { afterEach, describe, expect, it, vi } from 'vitest';
import { request } from './client';

function stubFetch(status: number, answer: unknown) {
  const spy = vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify(answer), { status }));
  vi.stubGlobal('fetch', spy);
  return spy;
}

describe('request', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends a plain value as JSON', async () => {
    const spy = stubFetch(200, { code: 0, message: 'ok' });
    await request('/x', { method: 'POST', body: { a: 1 } });
    const init = spy.mock.calls[0]![1];
    expect(init.body).toBe('{"a":1}');
    expect(init.headers).toEqual({ Accept: 'application/json', 'Content-Type': 'application/json' });
  });

  it('sends FormData, Blob, bytes and strings as they are', async () => {
    const spy = stubFetch(200, { code: 0, message: 'ok' });
    const form = new FormData();
    const blob = new Blob(['b']);
    const bytes = new Uint8Array([1, 2]);
    for (const body of [form, blob, bytes, 'text']) await request('/x', { method: 'POST', body });
    expect(spy.mock.calls.map(([, init]) => init.body)).toEqual([form, blob, bytes, 'text']);
    for (const [, init] of spy.mock.calls) expect(init.headers).toEqual({ Accept: 'application/json' });
  });

  it('sets the Content-Type of a raw body when told', async () => {
    const spy = stubFetch(200, { code: 0, message: 'ok' });
    await request('/x', { method: 'POST', body: '{}', contentType: 'application/json' });
    expect(spy.mock.calls[0]![1].headers).toEqual({ Accept: 'application/json', 'Content-Type': 'application/json' });
  });

  it('keeps the whole body of an error answer', async () => {
    stubFetch(400, { code: 1001, message: 'no', extra: [1] });
    await expect(request('/x')).rejects.toMatchObject({ status: 400, code: 1001, message: 'no', body: { code: 1001, message: 'no', extra: [1] } });
  });
});
