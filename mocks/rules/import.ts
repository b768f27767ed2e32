/**
 * Import customers. Every row is validated first, exactly as a create (or, for a duplicate
 * being overwritten, as an update) plus duplicates within the file; the caller writes nothing
 * when a row is invalid unless `skip_invalid`, and otherwise writes every accepted row in one
 * transaction. A duplicate is a customer the importer can see with the same display name
 * (case-, width- and space-insensitive).
 */
import type { FieldError, ImportInput, ImportResult, ImportSummary, User } from '../../src/api/schemas';
import type { Database, Tx } from '../db/store';
import type { ContactRecord } from '../db/types';
import { duplicateNameKey } from '../db/derived';
import { canSeeContact } from './access';
import { addComment } from './comments';
import { contactsNamed } from '../db/contact-index';
import { allowsDuplicateNames, parseContactInput, resolveContact, type ContactDraft } from './contacts';
import { RuleFailure, refuse } from './failure';
import { describeUpdate } from './history';

interface Accepted {
  index: number;
  draft: ContactDraft;
  /** The visible customer this row overwrites, if any. */
  existing?: ContactRecord;
}

export interface ImportPlan {
  results: ImportResult[];
  accepted: Accepted[];
  summary: ImportSummary;
  /** Field errors of every invalid row, named `rows.<i>.<field>`. */
  errors: FieldError[];
}

/** Validation-only ids: the real ones are taken inside the transaction. */
const placeholderId = () => '0';

function invalidResult(row: number, name: string, err: unknown): ImportResult {
  if (!(err instanceof RuleFailure)) throw err;
  return { row, contact_name: name, status: 'invalid', message: err.message, errors: err.errors ?? [] };
}

function rowName(raw: unknown): string {
  const name = raw && typeof raw === 'object' ? (raw as { contact_name?: unknown }).contact_name : undefined;
  return typeof name === 'string' ? name.trim() : '';
}

export function planImport(db: Database, user: User, input: ImportInput, now: string): ImportPlan {
  const plan: ImportPlan = { results: [], accepted: [], errors: [], summary: { created: 0, overwritten: 0, skipped: 0, invalid: 0 } };
  const allowDup = allowsDuplicateNames(db);
  const firstRowOfName = new Map<string, number>();
  input.rows.forEach((raw, index) => {
    const row = index + 1;
    const name = rowName(raw);
    const prefix = `rows.${index}`;
    let result: ImportResult;
    try {
      const draft = parseContactInput(raw, prefix);
      const key = duplicateNameKey(draft.input.contact_name);
      const earlier = firstRowOfName.get(key);
      if (earlier !== undefined && !allowDup) {
        throw refuse.field(`${prefix}.contact_name`, `Same display name as row ${earlier} of the file.`);
      }
      if (earlier === undefined) firstRowOfName.set(key, row);
      const existing = contactsNamed(db, draft.input.contact_name).find((c) => canSeeContact(user, c));
      if (existing && input.on_duplicate === 'skip') {
        result = { row, contact_name: name, status: 'skipped', contact_id: existing.contact_id, message: 'A customer with this display name already exists.' };
      } else {
        try {
          resolveContact({ db, user, existing, newId: placeholderId, now }, draft);
        } catch (err) {
          if (err instanceof RuleFailure) {
            const errors = (err.errors ?? [{ field: 'contact_name', message: err.message }]).map((e) => ({
              ...e,
              field: e.field.startsWith(prefix) ? e.field : `${prefix}.${e.field}`,
            }));
            throw new RuleFailure(err.status, err.code, err.message, errors);
          }
          throw err;
        }
        plan.accepted.push({ index, draft, existing });
        result = existing
          ? { row, contact_name: name, status: 'overwritten', contact_id: existing.contact_id }
          : { row, contact_name: name, status: 'created' };
      }
    } catch (err) {
      result = invalidResult(row, name, err);
      plan.errors.push(...(result.errors ?? []));
    }
    plan.results.push(result);
    plan.summary[result.status]++;
  });
  return plan;
}

/** Write the accepted rows (inside the caller's transaction), filling in the new ids. */
export function applyImport(tx: Tx, db: Database, user: User, plan: ImportPlan, now: string): void {
  for (const { index, draft, existing } of plan.accepted) {
    const record = resolveContact({ db, user, existing, newId: (c) => tx.nextId(c), now }, draft);
    tx.contacts.put(record);
    const result = plan.results[index];
    result.contact_id = record.contact_id;
    if (existing) {
      for (const line of describeUpdate(db, existing, record)) {
        addComment(tx, record.contact_id, line.operation, `${line.description} (import)`, user.name, { changes: line.changes });
      }
    } else {
      addComment(tx, record.contact_id, 'created', `Contact "${record.contact_name}" created by import.`, user.name);
    }
  }
}
