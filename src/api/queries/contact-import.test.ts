import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT_BODY_BYTES } from '../limits';
import { postImport } from './contact-import';

describe('postImport', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('refuses rows that would exceed the API body limit without sending them', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const notes = 'x'.repeat(4000);
    const rows = Array.from({ length: Math.ceil(MAX_IMPORT_BODY_BYTES / 4000) + 10 }, (_, i) => ({ contact_name: `C${i}`, notes }));
    await expect(postImport({ rows, on_duplicate: 'skip', skip_invalid: false })).rejects.toMatchObject({
      status: 413,
      code: 1040,
      message: 'These rows come to more than 25 MB when sent, the most one import takes. Split the file and import it in parts.',
    });
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('postImport answers', () => {
  afterEach(() => vi.unstubAllGlobals());

  const answer = { message: 'm', results: [], summary: { created: 0, overwritten: 0, skipped: 0, invalid: 0 } };

  it('returns a refusal with per-row results as an answer, not a failure', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ code: 1001, ...answer }), { status: 400 })),
    );
    await expect(postImport({ rows: [], on_duplicate: 'skip', skip_invalid: false })).resolves.toMatchObject({ message: 'm', written: false });
  });

  it('sends the rows as JSON and marks a success as written', async () => {
    const spy = vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify({ code: 0, ...answer }), { status: 200 }));
    vi.stubGlobal('fetch', spy);
    await expect(postImport({ rows: [], on_duplicate: 'skip', skip_invalid: true })).resolves.toMatchObject({ written: true });
    const init = spy.mock.calls[0]![1];
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json' });
    expect(new TextDecoder().decode(init.body as Uint8Array)).toBe('{"rows":[],"on_duplicate":"skip","skip_invalid":true}');
  });
});
