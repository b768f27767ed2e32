/**
 * Scripted faults at work (PUT /__mock/config `faults`, src/api/schemas/faults.ts): the first
 * rule matching an /api/v3 call's method and path is consumed at once, synchronously, so two
 * calls running side by side never both take its last use; a rule used up is dropped. The
 * call then fails with the rule's status and code in the ordinary error envelope, either
 * before its handler runs or, with `after_writes`, inside its write (handlers/http.ts `api`).
 */
import { delay } from 'msw';
import { DEFAULT_FAULT_MESSAGE, defaultFaultCode, type FaultRule } from '../../src/api/schemas';
import { RuleFailure } from '../rules/failure';
import { changeFaults, getConfig } from '../runtime';
import { matchesGlob } from './glob';

/** Marks an answer a scripted fault made (the OpenAPI check takes it as such: openapi-check.ts). */
export const FAULT_HEADER = 'X-Mock-Fault';

/** The refusal a scripted fault makes; answered like any other, with FAULT_HEADER. */
export class InjectedFailure extends RuleFailure {}

/** The rule as stored and shown: code and message filled in. */
export const completeFault = (rule: FaultRule): FaultRule => ({
  ...rule,
  code: rule.code ?? defaultFaultCode(rule.status),
  message: rule.message ?? DEFAULT_FAULT_MESSAGE,
});

export const failureOf = (rule: FaultRule) => {
  const { status, code, message } = completeFault(rule);
  return new InjectedFailure(status, code ?? defaultFaultCode(status), message ?? DEFAULT_FAULT_MESSAGE);
};

const matches = (rule: FaultRule, method: string, path: string) => (rule.method === '*' || rule.method === method) && matchesGlob(rule.path, path);

/** A rule's definition without its count: what finds it again in a list another tab saved. */
const definition = ({ times: _times, ...rest }: FaultRule) => JSON.stringify(rest);

/** One use of the first rule with this definition taken; a rule at 0 dropped. */
function consume(faults: FaultRule[], def: string): FaultRule[] {
  const at = faults.findIndex((r) => definition(r) === def);
  if (at < 0) return faults;
  const rule = faults[at];
  return rule.times > 1 ? faults.with(at, { ...rule, times: rule.times - 1 }) : faults.toSpliced(at, 1);
}

/** The first rule this call matches, with one use of it taken (synchronously), or null. */
export function takeFault(request: Request): { rule: FaultRule; saved: Promise<void> } | null {
  const { faults } = getConfig();
  if (!faults.length) return null;
  const path = new URL(request.url).pathname;
  const rule = faults.find((r) => matches(r, request.method.toUpperCase(), path));
  if (!rule) return null;
  const def = definition(rule);
  return { rule, saved: changeFaults((list) => consume(list, def)) };
}

/**
 * Apply the fault this call matches, if any: throws its failure (after its delay) when it
 * answers before the handler; returns a rule with `after_writes` for the caller to arm inside
 * the write (Database.withWriteFault); null when no rule matches.
 */
export async function scriptedFault(request: Request): Promise<(FaultRule & { after_writes: number }) | null> {
  const taken = takeFault(request);
  if (!taken) return null;
  const { rule, saved } = taken;
  await saved;
  if (rule.delay_ms) await delay(rule.delay_ms);
  if (rule.after_writes === undefined) throw failureOf(rule);
  return { ...rule, after_writes: rule.after_writes };
}
