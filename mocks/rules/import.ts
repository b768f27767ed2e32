/**
 * Import customers. Every row is validated first, exactly as a create (or, for a match being
 * overwritten or updated, as an update) plus duplicates within the file; the caller writes
 * nothing when a row is invalid unless `skip_invalid`, and otherwise writes every accepted row
 * in one transaction. A row matches a customer the importer can see by `match_by`
 * (import-match.ts). What is never guessed: a row matching two customers, or two rows matching
 * one customer, is invalid (reported on each row) when the import would write it; with
 * `skip` such rows are skipped, which changes nothing.
 */
import type { FieldError, ImportInput, ImportPlanAction, ImportPlanRow, ImportResult, ImportSummary, User } from '../../src/api/schemas';
import type { Database, Tx } from '../db/store';
import type { ContactRecord } from '../db/types';
import { duplicateNameKey } from '../db/derived';
import { addComment } from './comments';
import { allowsDuplicateNames, parseContactInput, resolveContact, type ContactDraft } from './contacts';
import { RuleFailure, refuse } from './failure';
import { describeUpdate } from './history';
import { matcher, namesOfMatches, nonEmptyOnly, resolveMatchKey, rowKeyText, type MatchKey } from './import-match';

interface Accepted {
  index: number;
  draft: ContactDraft;
  /** The visible customer this row overwrites or updates, if any. */
  existing?: ContactRecord;
}

export interface ImportPlan {
  /** What each row does and why (the dry run's answer). */
  plan: ImportPlanRow[];
  results: ImportResult[];
  accepted: Accepted[];
  summary: ImportSummary;
  /** Field errors of every invalid row, named `rows.<i>.<field>`. */
  errors: FieldError[];
}

const statusOf = {
  create: 'created',
  update: 'updated',
  overwrite: 'overwritten',
  skip: 'skipped',
  invalid: 'invalid',
} as const satisfies Record<ImportPlanAction, ImportResult['status']>;

/** Validation-only ids: the real ones are taken inside the transaction. */
const placeholderId = () => '0';

function rowName(raw: unknown): string {
  const name = raw && typeof raw === 'object' ? (raw as { contact_name?: unknown }).contact_name : undefined;
  return typeof name === 'string' ? name.trim() : '';
}

/** A refusal's field errors under `rows.<i>.`. */
function underRow(err: RuleFailure, prefix: string): RuleFailure {
  const errors = (err.errors ?? [{ field: 'contact_name', message: err.message }]).map((e) => ({
    ...e,
    field: e.field.startsWith(prefix) ? e.field : `${prefix}.${e.field}`,
  }));
  return new RuleFailure(err.status, err.code, err.message, errors);
}

interface RowOutcome {
  action: Exclude<ImportPlanAction, 'invalid'>;
  reasons: string[];
  existing?: ContactRecord;
  draft?: ContactDraft;
}

export function planImport(db: Database, user: User, input: ImportInput, now: string): ImportPlan {
  const key: MatchKey = resolveMatchKey(db, input.match_by);
  const find = matcher(db, user, key);
  const plan: ImportPlan = {
    plan: [],
    results: [],
    accepted: [],
    errors: [],
    summary: { created: 0, updated: 0, overwritten: 0, skipped: 0, invalid: 0 },
  };
  const writes = input.on_duplicate !== 'skip';
  const allowDup = allowsDuplicateNames(db);

  // First every row's matches, so two rows naming one customer are both reported.
  const matches = input.rows.map((raw) => find(rowKeyText(raw, key)));
  const rowsOfCustomer = new Map<string, number[]>();
  matches.forEach((found, index) => {
    if (found.length === 1) rowsOfCustomer.set(found[0].contact_id, [...(rowsOfCustomer.get(found[0].contact_id) ?? []), index + 1]);
  });

  const firstRowOfName = new Map<string, number>();
  const decide = (raw: unknown, index: number, prefix: string): RowOutcome => {
    const found = matches[index];
    const at = `${prefix}.${key.field}`;
    if (found.length > 1) {
      const why = `Matches ${found.length} customers by ${key.label} (${namesOfMatches(found)}), so which one is meant is not guessed.`;
      if (writes) throw refuse.field(at, why);
      return { action: 'skip', reasons: [why] };
    }
    const existing = found[0];
    const others = existing ? (rowsOfCustomer.get(existing.contact_id) ?? []) : [];
    if (existing && others.length > 1) {
      const rest = others.filter((n) => n !== index + 1).map((n) => `row ${n} of the file`);
      const why = `Matches the same customer ("${existing.contact_name}") by ${key.label} as ${rest.join(' and ')}.`;
      if (writes) throw refuse.field(at, why);
      return { action: 'skip', reasons: [why], existing };
    }
    if (existing && !writes) return { action: 'skip', existing, reasons: [`A customer with this ${key.label} already exists.`] };

    const draft = parseContactInput(existing && input.on_duplicate === 'update' ? nonEmptyOnly(raw, existing) : raw, prefix);
    const nameKey = duplicateNameKey(draft.input.contact_name);
    const earlier = firstRowOfName.get(nameKey);
    if (earlier !== undefined && !allowDup) throw refuse.field(`${prefix}.contact_name`, `Same display name as row ${earlier} of the file.`);
    if (earlier === undefined) firstRowOfName.set(nameKey, index + 1);
    try {
      resolveContact({ db, user, existing, newId: placeholderId, now }, draft);
    } catch (err) {
      throw err instanceof RuleFailure ? underRow(err, prefix) : err;
    }
    if (!existing) {
      const keyText = rowKeyText(raw, key).trim();
      return { action: 'create', draft, reasons: [keyText ? `No customer has this ${key.label}.` : `The row has no ${key.label} to match by.`] };
    }
    const match = `Matches "${existing.contact_name}" by ${key.label}.`;
    return input.on_duplicate === 'update'
      ? { action: 'update', draft, existing, reasons: [match, 'Only the row’s non-empty values change.'] }
      : { action: 'overwrite', draft, existing, reasons: [match, 'The row’s columns replace the stored values.'] };
  };

  input.rows.forEach((raw, index) => {
    const row = index + 1;
    const name = rowName(raw);
    const prefix = `rows.${index}`;
    let planned: ImportPlanRow;
    let result: ImportResult;
    try {
      const outcome = decide(raw, index, prefix);
      const contact_id = outcome.existing?.contact_id;
      planned = { row, contact_name: name, action: outcome.action, reasons: outcome.reasons, ...(contact_id ? { contact_id } : {}) };
      result = { row, contact_name: name, status: statusOf[outcome.action], ...(contact_id ? { contact_id } : {}) };
      if (outcome.action === 'skip') result.message = outcome.reasons.join(' ');
      if (outcome.draft) plan.accepted.push({ index, draft: outcome.draft, existing: outcome.existing });
    } catch (err) {
      if (!(err instanceof RuleFailure)) throw err;
      const errors = err.errors ?? [];
      const reasons = [...new Set([err.message, ...errors.map((e) => e.message)])].filter((m) => m !== 'Please check the highlighted fields.');
      planned = { row, contact_name: name, action: 'invalid', reasons: reasons.length ? reasons : [err.message] };
      result = { row, contact_name: name, status: 'invalid', message: err.message, errors };
      plan.errors.push(...errors);
    }
    plan.plan.push(planned);
    plan.results.push(result);
    plan.summary[result.status]++;
  });
  return plan;
}

/**
 * The one place an imported customer is written (created, overwritten or updated) with its
 * history line(s), each listing the fields it changed (the audit trail, rules/audit.ts).
 */
export function writeImportedContact(tx: Tx, db: Database, user: User, existing: ContactRecord | undefined, record: ContactRecord): void {
  tx.contacts.put(record);
  if (existing) {
    for (const line of describeUpdate(db, existing, record)) {
      addComment(tx, record.contact_id, line.operation, `${line.description} (import)`, user.name, { changes: line.changes });
    }
  } else {
    addComment(tx, record.contact_id, 'created', `Contact "${record.contact_name}" created by import.`, user.name);
  }
}

/** Write the accepted rows (inside the caller's transaction), filling in the new ids. */
export function applyImport(tx: Tx, db: Database, user: User, plan: ImportPlan, now: string): void {
  for (const { index, draft, existing } of plan.accepted) {
    const record = resolveContact({ db, user, existing, newId: (c) => tx.nextId(c), now }, draft);
    writeImportedContact(tx, db, user, existing, record);
    plan.results[index].contact_id = record.contact_id;
  }
}
