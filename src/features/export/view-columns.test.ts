import { describe, expect, it } from 'vitest';
import type { CustomField } from '../../api/schemas';
import { viewFieldKeys } from './view-columns';

const region: CustomField = {
  customfield_id: '7',
  label: 'Region',
  data_type: 'dropdown',
  options: ['Kanto'],
  api_name: 'cf_region',
  is_unique: false,
} as CustomField;

describe("a custom view's columns as export fields", () => {
  it('maps list fields, billing address parts and custom fields; drops what the export has no field for', () => {
    const keys = viewFieldKeys(['contact_name', 'city', 'owner_id', 'is_overdue', 'cf_region', 'cf_unknown'], [region]);
    expect(keys && [...keys]).toEqual(['contact_name', 'billing_city', 'owner_name', 'cf:7']);
  });

  it('is null for no view or no usable column (the export keeps its defaults)', () => {
    expect(viewFieldKeys(undefined, [])).toBeNull();
    expect(viewFieldKeys(['is_overdue'], [])).toBeNull();
  });
});
