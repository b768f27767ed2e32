// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { useMockApi } from '../../../mocks/testing';
import type { ExportSource, RawBatch } from './fetch-contacts';
import { fetchExportContacts } from './fetch-contacts';

const all: ExportSource = { kind: 'list', filter_by: 'Status.All', search_text: '' };

async function rows(batches: AsyncGenerator<RawBatch>): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for await (const b of batches) out.push(...(b as Record<string, unknown>[]));
  return out;
}

describe('the export’s fetch', () => {
  useMockApi('large', { size: 450 });

  it('asks list rows for only the fields the export reads (fields a list row lacks are left out of the ask)', async () => {
    const signal = new AbortController().signal;
    const whole = await rows(fetchExportContacts(all, false, signal, () => undefined));
    const sparse = await rows(fetchExportContacts(all, false, signal, () => undefined, ['contact_name', 'email', 'billing_address']));
    expect(sparse).toHaveLength(450);
    expect(sparse).toEqual(whole.map((c) => ({ contact_id: c.contact_id, contact_name: c.contact_name, email: c.email })));
  });

  it('asks full contacts whole (the fallback for a backend without include=details looks for their persons)', async () => {
    const [first] = await rows(fetchExportContacts(all, true, new AbortController().signal, () => undefined, ['contact_name']));
    expect(first).toHaveProperty('contact_persons');
    expect(first).toHaveProperty('billing_address');
  });
});
