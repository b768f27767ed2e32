/**
 * The view editor's draft (what the form holds: every value as typed), the request it becomes
 * and its checks against the contract's customViewInputSchema. Criteria themselves (fields,
 * comparators, value types, the pattern) are the API's to judge: its 1001 names the row.
 */
import {
  comparatorsByType,
  customViewInputSchema,
  MAX_VIEW_NAME,
  type CriteriaComparator,
  type CriteriaFieldType,
  type CriterionValue,
  type CustomView,
  type CustomViewInput,
  type CustomViewVisibility,
  type SortColumn,
  type UserRole,
} from '../../../api/schemas';
import type { FlatErrors } from '../../../components/forms/form-errors';
import { defaultCriteriaString } from '../../../lib/criteria';
import type { MessageKey, Vars } from '../../../lib/i18n';
import type { ViewField } from './view-fields';
import { defaultColumnIds } from '../list/columns';

type Translate = (key: MessageKey, vars?: Vars) => string;

export interface CriterionDraft {
  field: string;
  comparator: CriteriaComparator;
  /** As typed (or chosen); `value2` is the upper bound of `between`. */
  value: string;
  value2: string;
}

export interface ColumnDraft {
  field: string;
  shown: boolean;
  width?: number;
}

export interface ViewDraft {
  name: string;
  criteria: CriterionDraft[];
  criteria_string: string;
  /** Every field, the shown ones in the view's order first. */
  columns: ColumnDraft[];
  visibility: CustomViewVisibility;
  role_ids: UserRole[];
  sort_column: SortColumn;
  sort_order: 'A' | 'D';
  is_favorite: boolean;
}

/** A new view shows the list's own columns. */
export const defaultViewColumns: readonly string[] = defaultColumnIds;

/** Comparators that take no value, and the one that takes two. */
export const takesNoValue = (c: CriteriaComparator): boolean => c === 'is_empty' || c === 'is_not_empty';
export const takesTwoValues = (c: CriteriaComparator): boolean => c === 'between';

export function newCriterion(fields: readonly ViewField[]): CriterionDraft {
  const first = fields[0];
  return { field: first?.field ?? 'contact_name', comparator: comparatorsByType[first?.type ?? 'text'][0], value: '', value2: '' };
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** `offered`: what the list can show (list/columns.tsx), offered in the Columns group. */
export function draftOf(view: CustomView | undefined, fields: readonly ViewField[], offered: readonly { field: string }[] = fields): ViewDraft {
  const shown = view ? view.columns.map((c) => c.field) : defaultViewColumns;
  const widths = new Map(view?.columns.map((c) => [c.field, c.width]));
  const columns: ColumnDraft[] = [
    ...shown.map((field) => ({ field, shown: true, width: widths.get(field) })),
    ...offered.filter((f) => !shown.includes(f.field)).map((f) => ({ field: f.field, shown: false })),
  ];
  const criteria = (view?.criteria ?? []).map((c): CriterionDraft => {
    const [low, high] = Array.isArray(c.value) ? c.value : [c.value, ''];
    return { field: c.field, comparator: c.comparator, value: text(low), value2: text(high) };
  });
  return {
    name: view?.name ?? '',
    criteria: view ? criteria : [newCriterion(fields)],
    criteria_string: view ? view.criteria_string : defaultCriteriaString(1),
    columns,
    visibility: view?.visibility ?? 'only_me',
    role_ids: view?.role_ids ?? [],
    sort_column: view?.sort_column ?? 'contact_name',
    sort_order: view?.sort_order ?? 'A',
    is_favorite: view?.is_favorite ?? false,
  };
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** A typed value as the field's type takes it; what does not fit is sent as typed (the API says why). */
function typed(raw: string, type: CriteriaFieldType | undefined): string | number | boolean {
  const v = raw.trim();
  if (type === 'number' && NUMBER.test(v)) return Number(v);
  if (type === 'boolean' && (v === 'true' || v === 'false')) return v === 'true';
  return v;
}

export function criterionValue(c: CriterionDraft, type: CriteriaFieldType | undefined): CriterionValue | undefined {
  if (takesNoValue(c.comparator)) return undefined;
  if (takesTwoValues(c.comparator)) {
    const low = typed(c.value, type);
    const high = typed(c.value2, type);
    return [typeof low === 'boolean' ? String(low) : low, typeof high === 'boolean' ? String(high) : high];
  }
  return typed(c.value, type);
}

export function toViewInput(d: ViewDraft, types: ReadonlyMap<string, CriteriaFieldType>): CustomViewInput {
  return {
    name: d.name.trim(),
    entity_type: 'contact',
    is_favorite: d.is_favorite,
    visibility: d.visibility,
    role_ids: d.visibility === 'roles' ? d.role_ids : [],
    criteria: d.criteria.map((c) => ({ field: c.field, comparator: c.comparator, value: criterionValue(c, types.get(c.field)) })),
    criteria_string: d.criteria_string.trim(),
    columns: d.columns.filter((c) => c.shown).map((c) => (c.width ? { field: c.field, width: c.width } : { field: c.field })),
    sort_column: d.sort_column,
    sort_order: d.sort_order,
  };
}

/** The contract's checks on the request, as messages on the draft's fields. */
export function checkDraft(d: ViewDraft, types: ReadonlyMap<string, CriteriaFieldType>, t: Translate): FlatErrors {
  const out: FlatErrors = {};
  const result = customViewInputSchema.safeParse(toViewInput(d, types));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [head, index, part] = issue.path.map(String);
      let path = head;
      let message = t('views.error.invalid');
      if (head === 'name') message = issue.code === 'too_big' ? t('views.error.nameTooLong', { max: MAX_VIEW_NAME }) : t('views.error.name');
      else if (head === 'criteria' && index !== undefined) {
        path = `criteria.${index}.${part === 'value' ? 'value' : part === 'comparator' ? 'comparator' : 'field'}`;
      } else if (head === 'criteria_string') message = t('views.error.patternTooLong');
      if (!out[path]) out[path] = message;
    }
  }
  if (!d.columns.some((c) => c.shown)) out.columns = t('views.error.noColumns');
  if (d.visibility === 'roles' && d.role_ids.length === 0) out.role_ids = t('views.error.noRoles');
  return out;
}

/** Where an API field error belongs on the form (`columns.<i>.field` counts shown columns only). */
export function formFieldFor(apiField: string): string | null {
  if (/^criteria\.\d+\.(field|comparator|value)$/.test(apiField)) return apiField;
  if (/^criteria(\.\d+)?$/.test(apiField)) return 'criteria_string';
  if (apiField.startsWith('columns')) return 'columns';
  if (['name', 'criteria_string', 'visibility', 'role_ids', 'sort_column', 'sort_order'].includes(apiField)) return apiField;
  return null;
}
