/**
 * Fuzz: org settings (reminder schedule, preferences), templates, and the /__mock control
 * endpoints (treated separately: no contract limits, the config is restored after each run).
 * What each run checks: harness.ts. Nothing is tolerated: every broken promise fails.
 */
import { actingUser } from './arbitraries';
import { controlEndpoints, settingsEndpoints } from './endpoints';
import { fuzz } from './harness';

fuzz('fuzz: settings, templates, mock control', [...settingsEndpoints, ...controlEndpoints], actingUser);
