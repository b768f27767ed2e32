/**
 * Fuzz: invoices, payments and the two mail endpoints, read back through the ledger and outbox.
 * What each run checks: harness.ts. Nothing is tolerated: every broken promise fails.
 */
import { actingUser } from './arbitraries';
import { moneyEndpoints } from './endpoints';
import { fuzz } from './harness';

fuzz('fuzz: invoices, payments, email', moneyEndpoints, actingUser);
