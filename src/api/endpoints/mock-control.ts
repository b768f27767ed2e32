/** The mock control API (*ext*, served by the mock only, never by a real backend), outside /api/v3. */
import { MAX_BODY_BYTES, MAX_SNAPSHOT_BODY_BYTES } from '../limits';
import { mockConfigInputSchema, mockConfigResponse, mockResetResponse, resetInputSchema } from '../schemas';
import { exampleMockState } from './examples';
import type { Endpoint } from './types';

const mockOnly = 'Served by the mock only, never by a real backend; no latency or fault injection.';

export const mockControlEndpoints: Endpoint[] = [
  {
    method: 'post',
    path: '/__mock/reset',
    operationId: 'resetMock',
    tag: 'Mock control',
    summary: 'Rebuild the data from a scenario, a snapshot or a data file',
    description: `Deterministic: the same scenario, size and seed give the same data. \`empty\` still has users, currencies, payment terms, price lists, templates and reminder settings. \`{scenario: "snapshot", data}\` loads a \`MockSnapshot\` document (what GET /__mock/snapshot answers); \`{scenario: "file", name}\` loads one of GET /__mock/scenario-files. A document is checked whole before anything changes: a bad one is 1001 naming the record's field (\`data.contacts.3.contact_name\`) and the data stays as it was; an unknown file is 1001 naming \`name\`. ${mockOnly}`,
    ext: true,
    control: true,
    body: {
      schema: resetInputSchema,
      forms: 'zoho',
      maxBytes: MAX_SNAPSHOT_BODY_BYTES,
      optional: true,
      description: 'Larger than other bodies: a snapshot of 100,000 customers is ~180 MB.',
      example: { scenario: 'large', size: 10000, seed: 42 },
    },
    response: {
      status: 200,
      message: 'The mock data has been reset.',
      payload: mockResetResponse,
      example: { state: { ...exampleMockState, scenario: 'large', size: 10000 } },
    },
    errors: [],
  },
  {
    method: 'get',
    path: '/__mock/config',
    operationId: 'getMockConfig',
    tag: 'Mock control',
    summary: "The mock's settings and scenario",
    description: mockOnly,
    ext: true,
    control: true,
    response: { status: 200, message: 'success', payload: mockConfigResponse, example: { config: exampleMockState } },
    errors: [],
  },
  {
    method: 'put',
    path: '/__mock/config',
    operationId: 'updateMockConfig',
    tag: 'Mock control',
    summary: "Change the mock's settings",
    description: `Latency, the share of /api/v3 calls that fail with 500/1000 (0..1), and the acting user. ${mockOnly}`,
    ext: true,
    control: true,
    body: { schema: mockConfigInputSchema, forms: 'zoho', maxBytes: MAX_BODY_BYTES, example: { latency_ms: 300, error_rate: 0.1, acting_user_id: '3' } },
    response: {
      status: 200,
      message: 'The mock configuration has been updated.',
      payload: mockConfigResponse,
      example: { config: { ...exampleMockState, latency_ms: 300, error_rate: 0.1, acting_user_id: '3' } },
    },
    errors: [],
  },
];
