/** The mock's data as a file (`GET /__mock/snapshot`) and the data files it ships (`GET /__mock/scenario-files`). */
import { HttpResponse, http } from 'msw';
import { db, getMeta } from '../runtime';
import { takeSnapshot } from '../snapshot/document';
import { listScenarioFiles } from '../snapshot/files';
import { control, ok } from './http';

/** The download's name: what the data came from, e.g. `customers-mock-demo.json`. */
const fileName = () => {
  const m = getMeta();
  return `customers-mock-${(m.scenario === 'file' && m.name) || m.scenario}.json`.replace(/[^\w.-]/g, '_');
};

export const snapshotHandlers = [
  http.get(
    '*/__mock/snapshot',
    control(
      () =>
        new HttpResponse(JSON.stringify(takeSnapshot(db)), {
          headers: { 'Content-Type': 'application/json', 'Content-Disposition': `attachment; filename="${fileName()}"`, 'Cache-Control': 'no-store' },
        }),
    ),
  ),
  http.get(
    '*/__mock/scenario-files',
    control(async () => ok('success', { files: await listScenarioFiles() })),
  ),
];
