/**
 * Fuzz: contact persons, and the multi-record customer writes (merge, bulk, import).
 * What each run checks: harness.ts. Nothing is tolerated: every broken promise fails.
 */
import { actingUser } from './arbitraries';
import { extEndpoints } from './endpoints';
import { fuzz } from './harness';

fuzz('fuzz: contact persons, merge, bulk, import', extEndpoints, actingUser);
