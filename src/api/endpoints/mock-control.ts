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
    description: `Latency, the share of /api/v3 calls that fail with 500/1000 (0..1), the acting user, the clock and scripted faults. \`today\` (YYYY-MM-DD, or null for the real date) is the day every date the mock derives follows (overdue, "This Month", reminders, new records' dates, history times' day); a data reset keeps it; a \`today\` that is not a real calendar date is 1001. \`faults\` replaces the list; each /api/v3 call matching a rule's method and path glob (\`*\` one segment, \`**\` any) uses one of its \`times\` and fails with its status and code (code and message default from the status), before its handler or, with \`after_writes: n\`, inside its write once n records were written (the write rolls back whole). GET shows what is left of each rule. ${mockOnly}`,
    ext: true,
    control: true,
    body: {
      schema: mockConfigInputSchema,
      forms: 'zoho',
      maxBytes: MAX_BODY_BYTES,
      example: {
        latency_ms: 300,
        error_rate: 0.1,
        acting_user_id: '3',
        today: '2026-07-15',
        faults: [{ method: 'POST', path: '/api/v3/contacts/merge', status: 500, times: 1 }],
      },
    },
    response: {
      status: 200,
      message: 'The mock configuration has been updated.',
      payload: mockConfigResponse,
      example: {
        config: {
          ...exampleMockState,
          latency_ms: 300,
          error_rate: 0.1,
          acting_user_id: '3',
          today: '2026-07-15',
          faults: [{ method: 'POST', path: '/api/v3/contacts/merge', status: 500, code: 1000, message: 'Injected failure (designer tools).', times: 1 }],
        },
      },
    },
    errors: [],
  },
];
