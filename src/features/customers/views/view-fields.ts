/**
 * The fields a custom view can filter on and show (the contract's customViewFixedFields and each
 * custom field as `cf_<api_name>`), with their labels and, for fields with a fixed set of values,
 * the choices a criterion's value offers.
 */
import { customViewFixedFields, type CriteriaFieldType, type Currency, type CustomField, type CustomViewFixedField, type User } from '../../../api/schemas';
import type { MessageKey } from '../../../lib/i18n';

type Translate = (key: MessageKey) => string;

export interface ViewField {
  field: string;
  type: CriteriaFieldType;
  label: string;
}

export interface Choice {
  value: string;
  label: string;
}

const fixedFields = Object.keys(customViewFixedFields) as CustomViewFixedField[];

/** Every field, fixed ones first, then custom fields in their defined order. */
export function viewFields(customFields: readonly CustomField[], t: Translate): ViewField[] {
  const fixed = fixedFields.map((field) => ({ field, type: customViewFixedFields[field] as CriteriaFieldType, label: t(`views.field.${field}`) }));
  const custom = customFields.flatMap((f): ViewField[] => {
    if (!f.api_name) return [];
    const type: CriteriaFieldType = f.data_type === 'dropdown' ? 'choice' : f.data_type;
    return [{ field: f.api_name, type, label: f.label }];
  });
  return [...fixed, ...custom];
}

export interface ChoiceSources {
  currencies: readonly Currency[];
  users: readonly User[];
  customFields: readonly CustomField[];
}

/** The values a field takes, when it has a fixed set (else null: the value is typed). */
export function choicesFor(field: string, type: CriteriaFieldType, src: ChoiceSources, t: Translate): Choice[] | null {
  if (type === 'boolean') {
    return [
      { value: 'true', label: t('views.value.true') },
      { value: 'false', label: t('views.value.false') },
    ];
  }
  switch (field) {
    case 'currency_id':
      return src.currencies.map((c) => ({ value: c.currency_id, label: c.currency_code }));
    case 'currency_code':
      return src.currencies.map((c) => ({ value: c.currency_code, label: c.currency_code }));
    case 'owner_id':
      return src.users.map((u) => ({ value: u.user_id, label: u.name }));
    case 'status':
      return [
        { value: 'active', label: t('views.value.active') },
        { value: 'inactive', label: t('views.value.inactive') },
      ];
    case 'customer_sub_type':
      return [
        { value: 'business', label: t('views.value.business') },
        { value: 'individual', label: t('views.value.individual') },
      ];
  }
  const custom = src.customFields.find((f) => f.api_name === field);
  if (custom?.data_type === 'dropdown') return custom.options.map((o) => ({ value: o, label: o }));
  return null;
}
