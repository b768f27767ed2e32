/**
 * The endpoint catalogue: every operation the API serves under /api/v3 and the mock control
 * API, with its parameters, body, answer and refusals. `npm run openapi` turns it into
 * public/openapi.json (src/api/openapi); the API tests check every answer against that.
 */
import { contactEndpoints } from './contacts';
import { customViewEndpoints } from './customviews';
import { contactPersonEndpoints } from './persons';
import { extEndpoints } from './ext';
import { mailEndpoints } from './mail';
import { mockControlEndpoints } from './mock-control';
import { mockSnapshotEndpoints } from './mock-snapshot';
import { referenceEndpoints } from './reference';
import { transactionEndpoints } from './transactions';
import { zohoEndpoints } from './zoho';
import type { Endpoint } from './types';

export type { BinaryResponse, BodyForms, DocumentResponse, Endpoint, JsonResponse, Method, RequestBody, Tag } from './types';

/** Where the API lives on the mock and on a real backend (the client's default base URL). */
export const API_BASE_PATH = '/api/v3';

export const endpoints: Endpoint[] = [
  ...contactEndpoints,
  ...customViewEndpoints,
  ...contactPersonEndpoints,
  ...mailEndpoints,
  ...extEndpoints,
  ...referenceEndpoints,
  ...transactionEndpoints,
  ...zohoEndpoints,
  ...mockControlEndpoints,
  ...mockSnapshotEndpoints,
];
