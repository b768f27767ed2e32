/**
 * Fuzz: random sequences of writes across the customer, persons, merge/bulk/import, money and
 * mail endpoints on one store, so a record one write leaves behind meets the next write and
 * every read. What each step checks: harness.ts. Nothing is tolerated: every broken promise fails.
 */
import { actingUser } from './arbitraries';
import { customerEndpoints, extEndpoints, moneyEndpoints, settingsEndpoints } from './endpoints';
import { fuzzSequences } from './harness';

fuzzSequences('fuzz: write sequences', [...customerEndpoints, ...extEndpoints, ...moneyEndpoints, ...settingsEndpoints], actingUser, {
  runs: 50,
  maxSteps: 6,
});
