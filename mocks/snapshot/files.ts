/** The data files as named scenarios (mocks/scenarios/files): list them, read one by name. */
import type { ScenarioFile } from '../../src/api/schemas/snapshot';
import { scenarioFiles } from '../scenarios/files';
import { refuse } from '../rules/failure';
import { parseSnapshot, type Parsed } from './document';

export const scenarioFileNames = (): string[] => Object.keys(scenarioFiles);

/** A file's document, checked; an unknown name is 1001 naming `name`. */
export async function readScenarioFile(name: string): Promise<Extract<Parsed, { ok: true }>> {
  const load = Object.hasOwn(scenarioFiles, name) ? scenarioFiles[name] : undefined;
  if (!load) throw refuse.field('name', `There is no data file named "${name}" (there are: ${scenarioFileNames().join(', ')}).`);
  const parsed = parseSnapshot((await load()).default, `files.${name}`);
  // A committed file that does not load is the mock's own bug (files.test.ts loads each one).
  if (!parsed.ok) throw refuse.internal(`The data file "${name}" does not load: ${parsed.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  return parsed;
}

/** Every file with its description, in the order of the list. */
export async function listScenarioFiles(): Promise<ScenarioFile[]> {
  return Promise.all(
    scenarioFileNames().map(async (name) => {
      const doc = (await scenarioFiles[name]()).default as { description?: unknown };
      return { name, description: typeof doc.description === 'string' ? doc.description : '' };
    }),
  );
}
