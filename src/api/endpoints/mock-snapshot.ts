/** The mock's data as a document and the data files it ships (*ext*, mock control, api.md "Mock control, second wave"). */
import { mockScenarioFilesResponse, snapshotSchema } from '../schemas/snapshot';
import type { Endpoint } from './types';

const mockOnly = 'Served by the mock only, never by a real backend; no latency or fault injection.';

export const mockSnapshotEndpoints: Endpoint[] = [
  {
    method: 'get',
    path: '/__mock/snapshot',
    operationId: 'getMockSnapshot',
    tag: 'Mock control',
    summary: 'The whole data set as a document',
    description: `Every table (customers with persons and addresses, invoices, payments, history, outbox, templates, users, currencies, terms, price lists, custom fields, settings) and the id counters, as a \`customers-mock/1\` document that POST /__mock/reset \`{scenario: "snapshot", data}\` loads back. Money in integer minor units. The same data gives the same text. ${mockOnly}`,
    ext: true,
    control: true,
    response: {
      kind: 'document',
      status: 200,
      description: 'The data set (src/api/schemas/snapshot.ts documents each field).',
      schema: snapshotSchema,
      component: 'MockSnapshot',
      headers: { 'Content-Disposition': { description: '`attachment; filename="customers-mock-<scenario or file>.json"`.' } },
    },
    errors: [],
  },
  {
    method: 'get',
    path: '/__mock/scenario-files',
    operationId: 'listMockScenarioFiles',
    tag: 'Mock control',
    summary: 'The data files that load as named scenarios',
    description: `The snapshot documents under mocks/scenarios/files/, by the name POST /__mock/reset \`{scenario: "file", name}\` takes. ${mockOnly}`,
    ext: true,
    control: true,
    response: {
      status: 200,
      message: 'success',
      payload: mockScenarioFilesResponse,
      example: { files: [{ name: 'month-end-collections', description: 'Month-end collections (as of 2026-06-30): ...' }] },
    },
    errors: [],
  },
];
