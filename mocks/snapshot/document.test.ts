import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { scenarios } from '../../src/api/schemas';
import { type Snapshot } from '../../src/api/schemas/snapshot';
import { Database } from '../db/store';
import type { Tables } from '../db/types';
import { buildScenario } from '../scenarios';
import { scenarioFiles } from '../scenarios/files';
import type { documentKeys } from './document';
import { parseSnapshot, takeSnapshot } from './document';

const snapshotOf = (data: ReturnType<typeof buildScenario>) => {
  const db = new Database();
  db.replaceAll(data);
  return takeSnapshot(db);
};

describe('the customers-mock/1 format', () => {
  it('describes the store records exactly', () => {
    type Row<K extends keyof typeof documentKeys> = NonNullable<Snapshot[(typeof documentKeys)[K]]>[number];
    expectTypeOf<Row<'contacts'>>().toEqualTypeOf<Tables['contacts']>();
    expectTypeOf<Row<'invoices'>>().toEqualTypeOf<Tables['invoices']>();
    expectTypeOf<Row<'payments'>>().toEqualTypeOf<Tables['payments']>();
    expectTypeOf<Row<'comments'>>().toEqualTypeOf<Tables['comments']>();
    expectTypeOf<Row<'emails'>>().toEqualTypeOf<Tables['emails']>();
    expectTypeOf<Row<'settings'>>().toEqualTypeOf<Tables['settings']>();
    expectTypeOf<Row<'customViews'>>().toEqualTypeOf<Tables['customViews']>();
    // An intersection in the store's type: the same fields, compared both ways.
    expectTypeOf<Row<'paymentTerms'>>().toExtend<Tables['paymentTerms']>();
    expectTypeOf<Tables['paymentTerms']>().toExtend<Row<'paymentTerms'>>();
  });

  it.each(scenarios)('takes in every record of the %s scenario', (scenario) => {
    const doc = snapshotOf(buildScenario(scenario, { size: 2_000, seed: 3, anchorDate: '2026-06-15' }));
    const parsed = parseSnapshot(JSON.parse(JSON.stringify(doc)));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('lists every data file in the folder, and each one loads', async () => {
    const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../scenarios/files');
    const onDisk = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length));
    expect(Object.keys(scenarioFiles).sort()).toEqual(onDisk.sort());
    for (const load of Object.values(scenarioFiles)) {
      const parsed = parseSnapshot((await load()).default);
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    }
  });

  it('reports at most 20 errors, each naming its record', () => {
    const doc = snapshotOf(buildScenario('demo', { size: 0, seed: 42, anchorDate: '2026-06-15' }));
    const bad = JSON.parse(JSON.stringify(doc)) as { contacts: { status: string }[] };
    for (const c of bad.contacts) c.status = 'gone';
    const parsed = parseSnapshot(bad);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors).toHaveLength(20);
      expect(parsed.errors[0].field).toBe('data.contacts.0.status');
    }
  });
});
