import { z } from 'zod/mini';
import { calendarDateSchema } from './common';
import { faultListSchema } from './faults';

export const scenarios = ['empty', 'demo', 'large', 'japanese'] as const;
/** What the data may come from: a generated scenario, a posted snapshot, or a data file by name. */
export const loadedScenarios = [...scenarios, 'snapshot', 'file'] as const;
export const resetInputSchema = z.object({
  scenario: z._default(z.enum(loadedScenarios), 'demo'),
  size: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(200_000))),
  seed: z.optional(z.number().check(z.int())),
  /** `file`: the data file's name (mocks/scenarios/files/<name>.json). */
  name: z.optional(z.string()),
  /** `snapshot`: the document (schemas/snapshot.ts, `customers-mock/1`), checked on its own. */
  data: z.optional(z.unknown()),
});
export type ResetInput = z.input<typeof resetInputSchema>;
export type Scenario = (typeof scenarios)[number];
export type LoadedScenario = (typeof loadedScenarios)[number];

/** The mock's added latency (whole milliseconds) and failure rate (a fraction), inclusive. */
export const LATENCY_MS = { min: 0, max: 60_000 } as const;
export const ERROR_RATE = { min: 0, max: 1 } as const;

export const mockConfigSchema = z.object({
  latency_ms: z.number().check(z.int(), z.minimum(LATENCY_MS.min), z.maximum(LATENCY_MS.max)),
  error_rate: z.number().check(z.minimum(ERROR_RATE.min), z.maximum(ERROR_RATE.max)),
  acting_user_id: z.string(),
  /** The mock's clock: the day every date it derives follows; null for the real date. */
  today: z.nullable(calendarDateSchema.check(z.describe('The day the mock takes for today (YYYY-MM-DD); null for the real date.'))),
  /** Scripted faults (faults.ts): what is left of each rule; PUT replaces the whole list. */
  faults: faultListSchema,
});
export type MockConfig = z.infer<typeof mockConfigSchema>;

export const mockStateSchema = z.extend(mockConfigSchema, {
  scenario: z.enum(loadedScenarios),
  /** The data file's name (`file`), or the standalone server's MOCK_DATA_FILE (`snapshot`). */
  name: z.optional(z.string()),
  size: z.number().check(z.int()),
  seed: z.number().check(z.int()),
  notice: z.optional(z.string()),
});
export type MockState = z.infer<typeof mockStateSchema>;
