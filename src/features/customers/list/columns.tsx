/**
 * The list's columns: every one a custom view or the Columns menu may show (the API sorts by
 * each, see `sortColumns`), how its cell reads a list row, and its default width. The display
 * name is always first and always shown: it holds the row's link and the table's tab stop.
 */
import type { ReactNode } from 'react';
import type { ContactSummary, CustomField, SortColumn } from '../../../api/schemas';
import { formatDateTime, formatMoney, formatNumber, formatDate } from '../../../lib/format';
import type { Locale, MessageKey } from '../../../lib/i18n';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

export interface ListColumn {
  /** The API's field (`sort_column`, a view's `columns[].field`), a custom field's `cf_<api_name>`. */
  id: SortColumn;
  label: string;
  numeric?: boolean;
  /** Default width in CSS pixels. */
  width: number;
  cell: (c: ContactSummary) => ReactNode;
}

export const NAME_COLUMN = 'contact_name';
/** What every default view shows, in order. */
export const defaultColumnIds: readonly SortColumn[] = [
  'contact_name',
  'company_name',
  'email',
  'phone',
  'outstanding_receivable_amount',
  'unused_credits_receivable_amount',
];

export const MIN_COLUMN_WIDTH = 60;
export const MAX_COLUMN_WIDTH = 800;

interface Fixed {
  id: SortColumn;
  key: MessageKey;
  width: number;
  numeric?: boolean;
  cell: (c: ContactSummary, t: T, locale: Locale) => ReactNode;
}

const fixed: Fixed[] = [
  { id: 'contact_name', key: 'list.col.name', width: 260, cell: (c) => c.contact_name },
  { id: 'company_name', key: 'list.col.company', width: 200, cell: (c) => c.company_name },
  { id: 'email', key: 'list.col.email', width: 240, cell: (c) => c.email },
  { id: 'phone', key: 'list.col.phone', width: 150, cell: (c) => c.phone },
  { id: 'mobile', key: 'list.col.mobile', width: 150, cell: (c) => c.mobile },
  { id: 'first_name', key: 'list.col.firstName', width: 140, cell: (c) => c.first_name ?? '' },
  { id: 'last_name', key: 'list.col.lastName', width: 140, cell: (c) => c.last_name ?? '' },
  {
    id: 'customer_sub_type',
    key: 'list.col.type',
    width: 130,
    cell: (c, t) => t(c.customer_sub_type === 'individual' ? 'list.value.individual' : 'list.value.business'),
  },
  { id: 'currency_code', key: 'list.col.currency', width: 100, cell: (c) => c.currency_code },
  { id: 'payment_terms', key: 'list.col.terms', width: 150, cell: (c) => c.payment_terms_label },
  { id: 'owner_id', key: 'list.col.owner', width: 160, cell: (c) => c.owner_name ?? '' },
  { id: 'status', key: 'list.col.status', width: 110, cell: (c, t) => t(c.status === 'inactive' ? 'list.value.inactive' : 'list.value.active') },
  { id: 'is_portal_enabled', key: 'list.col.portal', width: 110, cell: (c, t) => t(c.is_portal_enabled ? 'list.value.yes' : 'list.value.no') },
  {
    id: 'outstanding_receivable_amount',
    key: 'list.col.receivables',
    width: 140,
    numeric: true,
    cell: (c, _t, locale) => formatMoney(c.outstanding_receivable_amount, c.currency_code, locale),
  },
  {
    id: 'unused_credits_receivable_amount',
    key: 'list.col.credits',
    width: 140,
    numeric: true,
    cell: (c, _t, locale) => formatMoney(c.unused_credits_receivable_amount, c.currency_code, locale),
  },
  { id: 'created_time', key: 'list.col.created', width: 180, cell: (c, _t, locale) => formatDateTime(c.created_time, locale) },
  { id: 'last_modified_time', key: 'list.col.modified', width: 180, cell: (c, _t, locale) => formatDateTime(c.last_modified_time, locale) },
];

function customColumn(field: CustomField & { api_name: string }, locale: Locale): ListColumn {
  const valueOf = (c: ContactSummary) =>
    c.custom_fields?.find((v) => v.customfield_id === field.customfield_id || v.api_name === field.api_name)?.value ?? null;
  const numeric = field.data_type === 'number';
  return {
    id: field.api_name as SortColumn,
    label: field.label,
    numeric,
    width: numeric ? 130 : 160,
    cell: (c) => {
      const v = valueOf(c);
      if (v === null || v === '') return '';
      if (typeof v === 'number') return formatNumber(v, locale);
      return field.data_type === 'date' ? formatDate(v, locale) : v;
    },
  };
}

/** Every column the list can show, fixed ones first, then each custom field with an API name. */
export function allColumns(t: T, locale: Locale, customFields: readonly CustomField[]): ListColumn[] {
  const out: ListColumn[] = fixed.map((f) => ({ id: f.id, label: t(f.key), numeric: f.numeric, width: f.width, cell: (c) => f.cell(c, t, locale) }));
  for (const f of customFields) if (f.api_name) out.push(customColumn({ ...f, api_name: f.api_name }, locale));
  return out;
}
