/**
 * Bulk Update's fields: Currency, Payment Terms, Price List and each custom field by label,
 * with the input each needs and how a chosen value becomes the request (pure, unit-tested).
 */
import type { BulkCommand } from '../../../api/queries/bulk-mutations';
import type { Currency, CustomField, PaymentTerm, Pricebook } from '../../../api/schemas';

export type ValueKind = 'select' | 'number' | 'date' | 'text';

export interface ValueOption {
  value: string;
  label: string;
}

export interface UpdateField {
  /** 'currency_id' | 'payment_terms' | 'pricebook_id' | 'cf:<customfield_id>' */
  key: string;
  label: string;
  kind: ValueKind;
  options: ValueOption[];
  /** Whether a select must have a real choice (a value cannot be cleared). */
  required: boolean;
  custom?: CustomField;
}

/** The value of a select's "None" option (remove the price list / clear a dropdown). */
export const NONE = '__none__';

export interface FieldLabels {
  currency: string;
  paymentTerms: string;
  priceList: string;
  none: string;
}

export interface Reference {
  currencies: Currency[];
  paymentTerms: PaymentTerm[];
  pricebooks: Pricebook[];
  customFields: CustomField[];
}

export function updateFields(ref: Reference, labels: FieldLabels): UpdateField[] {
  const custom = ref.customFields.map<UpdateField>((f) => ({
    key: `cf:${f.customfield_id}`,
    label: f.label,
    kind: f.data_type === 'dropdown' ? 'select' : f.data_type,
    options: f.data_type === 'dropdown' ? [...f.options.map((o) => ({ value: o, label: o })), { value: NONE, label: labels.none }] : [],
    required: false,
    custom: f,
  }));
  return [
    {
      key: 'currency_id',
      label: labels.currency,
      kind: 'select',
      required: true,
      options: ref.currencies.map((c) => ({ value: c.currency_id, label: c.currency_name ? `${c.currency_code} - ${c.currency_name}` : c.currency_code })),
    },
    {
      key: 'payment_terms',
      label: labels.paymentTerms,
      kind: 'select',
      required: true,
      options: ref.paymentTerms.map((p) => ({ value: String(p.payment_terms), label: p.payment_terms_label })),
    },
    {
      key: 'pricebook_id',
      label: labels.priceList,
      kind: 'select',
      required: true,
      options: [...ref.pricebooks.map((b) => ({ value: b.pricebook_id, label: b.name })), { value: NONE, label: labels.none }],
    },
    ...custom,
  ];
}

/** Whether the value can be sent: a choice for selects, a number for number fields. */
export function isValueReady(field: UpdateField, value: string): boolean {
  if (field.kind === 'select') return value !== '';
  if (field.kind === 'number') return value.trim() === '' || Number.isFinite(Number(value));
  return true;
}

/** Whether the chosen value clears the field. */
export function clearsValue(field: UpdateField, value: string): boolean {
  return value === NONE || (field.kind !== 'select' && value.trim() === '');
}

/** What the value looks like to a person (the option's label for selects). */
export function valueLabel(field: UpdateField, value: string): string {
  if (field.kind === 'select') return field.options.find((o) => o.value === value)?.label ?? value;
  return value.trim();
}

export function toCommand(field: UpdateField, value: string): BulkCommand {
  const cleared = clearsValue(field, value);
  if (field.custom) {
    const v = cleared ? null : field.kind === 'number' ? Number(value) : value.trim();
    return { action: 'update', field: 'custom_field', customfield_id: field.custom.customfield_id, value: v };
  }
  switch (field.key) {
    case 'payment_terms':
      return { action: 'update', field: 'payment_terms', value: Number(value) };
    case 'pricebook_id':
      return { action: 'update', field: 'pricebook_id', value: cleared ? '' : value };
    default:
      return { action: 'update', field: 'currency_id', value };
  }
}
