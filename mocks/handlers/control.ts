/** The mock control API (`/__mock/*`): reset to a scenario, read and change the designer settings. */
import { http } from 'msw';
import { MAX_SNAPSHOT_BODY_BYTES } from '../../src/api/limits';
import { mockConfigInputSchema, resetInputSchema } from '../../src/api/schemas';
import { db, getState, reset, updateConfig } from '../runtime';
import { parseOrRefuse, refuse } from '../rules/failure';
import { completeFault } from '../faults/inject';
import { loadFile, loadPosted } from '../snapshot/load';
import { control, ok, readJson } from './http';

export const controlHandlers = [
  http.post(
    '*/__mock/reset',
    control(async ({ request }) => {
      // The body may carry a whole snapshot (api.md "Limits": the control API's larger limit).
      const input = parseOrRefuse(resetInputSchema, await readJson(request, MAX_SNAPSHOT_BODY_BYTES));
      const state =
        input.scenario === 'snapshot'
          ? await loadPosted(input.data)
          : input.scenario === 'file'
            ? await loadFile(input.name)
            : await reset(input.scenario, { size: input.size, seed: input.seed });
      return ok('The mock data has been reset.', { state });
    }),
  ),
  http.get(
    '*/__mock/config',
    control(() => ok('success', { config: getState() })),
  ),
  http.put(
    '*/__mock/config',
    control(async ({ request }) => {
      const patch = parseOrRefuse(mockConfigInputSchema, await readJson(request));
      if (patch.acting_user_id !== undefined && !db.tables.users.has(patch.acting_user_id)) {
        throw refuse.invalid([{ field: 'acting_user_id', message: 'User does not exist.' }]);
      }
      // A bad rule was refused above with the rest (1001 naming `faults.0.status`), changing nothing.
      const faults = patch.faults?.map(completeFault);
      return ok('The mock configuration has been updated.', { config: await updateConfig({ ...patch, ...(faults ? { faults } : {}) }) });
    }),
  ),
];
