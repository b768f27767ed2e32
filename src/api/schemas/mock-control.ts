import { z } from 'zod';

export const scenarios = ['empty', 'demo', 'large', 'japanese'] as const;
export const resetInputSchema = z.object({
  scenario: z.enum(scenarios).default('demo'),
  size: z.number().int().min(1).max(200_000).optional(),
  seed: z.number().int().optional(),
});
export type ResetInput = z.input<typeof resetInputSchema>;
export type Scenario = (typeof scenarios)[number];

export const mockConfigSchema = z.object({
  latency_ms: z.number().int().min(0).max(60_000),
  error_rate: z.number().min(0).max(1),
  acting_user_id: z.string(),
});
export type MockConfig = z.infer<typeof mockConfigSchema>;

export const mockStateSchema = mockConfigSchema.extend({
  scenario: z.enum(scenarios),
  size: z.number().int(),
  seed: z.number().int(),
  notice: z.string().optional(),
});
export type MockState = z.infer<typeof mockStateSchema>;
