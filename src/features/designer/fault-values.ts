/**
 * Scripted faults as the designer form holds them (text as typed) and back: checked field by
 * field with the contract's own schema (src/api/schemas/faults.ts), so the form and the mock
 * take exactly the same rules.
 */
import { DEFAULT_FAULT_MESSAGE, defaultFaultCode, FAULT_LIMITS, faultRuleSchema, type FaultMethod, type FaultRule } from '../../api/schemas';
import type { FlatErrors } from '../../components/forms/form-errors';
import type { MessageKey, Vars } from '../../lib/i18n';

export interface FaultRow {
  method: FaultMethod;
  path: string;
  status: string;
  times: string;
  /** Empty: fail before the handler; a number: inside the write after that many records. */
  afterWrites: string;
  /** Kept from a rule set through the API: a code or message of its own, and a delay. */
  code?: number;
  message?: string;
  delayMs?: number;
}

/** The designer settings form's values: the numbers and rules as typed. */
export interface SettingsValues {
  latency: string;
  rate: string;
  /** YYYY-MM-DD, or empty for the real date. */
  today: string;
  faults: FaultRow[];
}

export const blankFault = (): FaultRow => ({ method: 'POST', path: '/api/v3/contacts/merge', status: '500', times: '1', afterWrites: '' });

/** A stored rule as a row: the code and message only when they are not what its status gives. */
export function faultToRow(rule: FaultRule): FaultRow {
  return {
    method: rule.method,
    path: rule.path,
    status: String(rule.status),
    times: String(rule.times),
    afterWrites: rule.after_writes === undefined ? '' : String(rule.after_writes),
    ...(rule.code !== undefined && rule.code !== defaultFaultCode(rule.status) ? { code: rule.code } : {}),
    ...(rule.message !== undefined && rule.message !== DEFAULT_FAULT_MESSAGE ? { message: rule.message } : {}),
    ...(rule.delay_ms ? { delayMs: rule.delay_ms } : {}),
  };
}

/** A row as the API takes it (code and message left out default from the status). */
export function rowToFault(row: FaultRow): FaultRule {
  return {
    method: row.method,
    path: row.path.trim(),
    status: Number(row.status),
    times: Number(row.times),
    ...(row.afterWrites.trim() !== '' ? { after_writes: Number(row.afterWrites) } : {}),
    ...(row.code !== undefined ? { code: row.code } : {}),
    ...(row.message !== undefined ? { message: row.message } : {}),
    ...(row.delayMs !== undefined ? { delay_ms: row.delayMs } : {}),
  };
}

const shape = faultRuleSchema.shape;
const number = (typed: string) => (typed.trim() === '' ? NaN : Number(typed));

/** The rows' errors by field path (`faults.0.status`), in the user's language. */
export function faultErrors(rows: FaultRow[], t: (key: MessageKey, vars?: Vars) => string): FlatErrors {
  const out: FlatErrors = {};
  rows.forEach((row, i) => {
    const at = `faults.${i}`;
    if (!shape.path.safeParse(row.path.trim()).success) out[`${at}.path`] = t('designer.fault.invalidPath');
    if (!shape.status.safeParse(number(row.status)).success) out[`${at}.status`] = t('designer.invalidNumber', FAULT_LIMITS.status);
    if (!shape.times.safeParse(number(row.times)).success) out[`${at}.times`] = t('designer.invalidNumber', FAULT_LIMITS.times);
    if (row.afterWrites.trim() !== '' && !shape.after_writes.safeParse(number(row.afterWrites)).success) {
      out[`${at}.afterWrites`] = t('designer.invalidNumber', FAULT_LIMITS.afterWrites);
    }
  });
  return out;
}

/** The API's field names for a rule → the row's (`faults.0.after_writes` → `faults.0.afterWrites`). */
export function faultFieldFor(apiField: string): string | null {
  const m = /^faults\.(\d+)\.(\w+)$/.exec(apiField);
  if (!m) return null;
  const field = { method: 'method', path: 'path', status: 'status', times: 'times', after_writes: 'afterWrites' }[m[2] ?? ''];
  return field ? `faults.${m[1]}.${field}` : `faults.${m[1]}.path`;
}
