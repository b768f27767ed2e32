// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { call, useMockApi } from '../../../mocks/testing';
import type { ExportSource, FetchProgress, RawBatch } from './fetch-contacts';
import { fetchExportContacts } from './fetch-contacts';
import { Prefetch, prefetchKey } from './prefetch';

const all: ExportSource = { kind: 'list', filter_by: 'Status.All', search_text: '' };

async function collect(batches: AsyncGenerator<RawBatch>): Promise<string[]> {
  const ids: string[] = [];
  for await (const b of batches) for (const c of b as { contact_id: string }[]) ids.push(c.contact_id);
  return ids;
}

describe('export prefetch', () => {
  useMockApi('large', { size: 450 });

  it('replays exactly what a fresh fetch returns, whether it is still running or done', async () => {
    const fresh = await collect(fetchExportContacts(all, false, new AbortController().signal, () => undefined));
    expect(fresh).toHaveLength(450);

    const running = new Prefetch(prefetchKey(all, false), all, false);
    const progress: FetchProgress[] = [];
    expect(await collect(running.replay(new AbortController().signal, (p) => progress.push(p)))).toEqual(fresh);
    expect(progress.at(-1)).toEqual({ done: 450, total: 450 });
    // Done: a second replay (a retried export) gets the same rows without fetching again.
    expect(await collect(running.replay(new AbortController().signal, () => undefined))).toEqual(fresh);
    expect(running.usable).toBe(true);
  });

  it('rethrows a fetch failure and is no longer usable; cancel makes it unusable too', async () => {
    await call('PUT', '/__mock/config', { error_rate: 1 });
    const failing = new Prefetch('k', all, false);
    await expect(collect(failing.replay(new AbortController().signal, () => undefined))).rejects.toThrow();
    expect(failing.usable).toBe(false);

    await call('PUT', '/__mock/config', { error_rate: 0 });
    const cancelled = new Prefetch('k', all, false);
    cancelled.cancel();
    expect(cancelled.usable).toBe(false);
  });

  it('stops a replay when its export is aborted', async () => {
    const p = new Prefetch('k', all, false);
    const controller = new AbortController();
    const replay = p.replay(controller.signal, () => undefined);
    await replay.next();
    controller.abort();
    await expect(replay.next()).rejects.toThrow();
  });
});
