/**
 * Fuzz: the customer writes (create, update, delete, the one-click actions, clone).
 * What each run checks: harness.ts. Nothing is tolerated: every broken promise fails.
 */
import { actingUser } from './arbitraries';
import { customerEndpoints } from './endpoints';
import { fuzz } from './harness';

fuzz('fuzz: customers', customerEndpoints, actingUser);
