/**
 * The reset variants that load a document (api.md "Mock control, second wave"): a posted
 * snapshot (`{scenario: "snapshot", data}`) or a data file by name (`{scenario: "file", name}`).
 * Everything is checked before anything is replaced, so a refused document leaves the data as
 * it was.
 */
import type { MockState } from '../../src/api/schemas';
import { refuse } from '../rules/failure';
import { loadSnapshot } from '../runtime';
import { parseSnapshot } from './document';
import { readScenarioFile } from './files';

export async function loadPosted(data: unknown): Promise<MockState> {
  if (data === undefined) throw refuse.field('data', 'Send the snapshot document as `data`.');
  const parsed = parseSnapshot(data);
  if (!parsed.ok) throw refuse.invalid(parsed.errors, 'The snapshot does not load; nothing was changed.');
  return loadSnapshot(parsed.data, { scenario: 'snapshot' }, parsed.snapshot);
}

export async function loadFile(name: string | undefined): Promise<MockState> {
  if (!name) throw refuse.field('name', 'Name the data file to load.');
  const parsed = await readScenarioFile(name);
  return loadSnapshot(parsed.data, { scenario: 'file', name }, parsed.snapshot);
}
