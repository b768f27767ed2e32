/**
 * Scripted faults of the mock (PUT /__mock/config `faults`, api.md "Mock control, second
 * wave"): each rule makes the next `times` /api/v3 calls matching its method and path glob
 * fail with its status and code, at once or, with `after_writes`, inside the write's
 * transaction after that many records were written (which then rolls back whole).
 */
import { z } from 'zod/mini';
import { ErrorCode } from './common';

export const FAULT_METHODS = ['*', 'GET', 'POST', 'PUT', 'DELETE'] as const;
export type FaultMethod = (typeof FAULT_METHODS)[number];

/** The contract's bounds for a rule and the list (delay as the designer's latency). */
export const FAULT_LIMITS = {
  rules: 20,
  pathLength: 300,
  status: { min: 400, max: 599 },
  code: { min: 1, max: 999_999 },
  messageLength: 500,
  times: { min: 1, max: 1000 },
  delayMs: { min: 0, max: 60_000 },
  afterWrites: { min: 0, max: 100_000 },
} as const;

/**
 * A glob over the path after the origin (`/api/v3/contacts/*\/email`): it starts with "/",
 * segments are not empty; a segment `*` is any one segment, `**` any number of them (none
 * too), and `*` inside a segment any characters of it.
 */
export const FAULT_PATH_PATTERN = /^\/(?:[A-Za-z0-9._~%:@!$&'()+,;=*-]+(?:\/[A-Za-z0-9._~%:@!$&'()+,;=*-]+)*)?$/;

const int = (min: number, max: number) => {
  const message = `Enter a whole number from ${min} to ${max}.`;
  return z.number().check(z.int(message), z.minimum(min, message), z.maximum(max, message));
};

export const faultRuleSchema = z.object({
  method: z._default(z.enum(FAULT_METHODS), '*'),
  path: z
    .string()
    .check(
      z.minLength(1, 'Enter a path glob, such as /api/v3/contacts/*.'),
      z.maxLength(FAULT_LIMITS.pathLength),
      z.regex(FAULT_PATH_PATTERN, 'A path glob starts with "/" and has no empty segments, e.g. /api/v3/contacts/*/email.'),
    ),
  status: int(FAULT_LIMITS.status.min, FAULT_LIMITS.status.max),
  /** The answer's `code`; when left out, the code a real refusal with that status has (see `defaultFaultCode`). */
  code: z.optional(int(FAULT_LIMITS.code.min, FAULT_LIMITS.code.max)),
  /** The answer's `message`; when left out, `DEFAULT_FAULT_MESSAGE`. */
  message: z.optional(z.string().check(z.minLength(1), z.maxLength(FAULT_LIMITS.messageLength))),
  /** How many matching calls it still fails; at 0 the rule is dropped. */
  times: z._default(int(FAULT_LIMITS.times.min, FAULT_LIMITS.times.max), 1),
  /** Wait this long before failing (on top of the designer's latency). */
  delay_ms: z.optional(int(FAULT_LIMITS.delayMs.min, FAULT_LIMITS.delayMs.max)),
  /** Fail inside the write, once this many records were written (the transaction rolls back). */
  after_writes: z.optional(int(FAULT_LIMITS.afterWrites.min, FAULT_LIMITS.afterWrites.max)),
});
export type FaultRule = z.infer<typeof faultRuleSchema>;
export type FaultRuleInput = z.input<typeof faultRuleSchema>;

export const faultListSchema = z.array(faultRuleSchema).check(z.maxLength(FAULT_LIMITS.rules));

export const DEFAULT_FAULT_MESSAGE = 'Injected failure (designer tools).';

/** The code a real refusal with this status carries: 5xx is 1000, 404 is 1002, and so on. */
export function defaultFaultCode(status: number): number {
  const byStatus: Record<number, number> = {
    403: ErrorCode.forbidden,
    404: ErrorCode.notFound,
    409: ErrorCode.staleUpdate,
    413: ErrorCode.tooLarge,
  };
  return byStatus[status] ?? (status >= 500 ? ErrorCode.internal : ErrorCode.invalid);
}
