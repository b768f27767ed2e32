import { describe, expect, it } from 'vitest';
import { customViewFieldTypes, type CustomView } from '../../../api/schemas';
import { checkDraft, draftOf, formFieldFor, toViewInput } from './view-draft';
import type { ViewField } from './view-fields';

const types = customViewFieldTypes([{ api_name: 'cf_region', data_type: 'dropdown' }]);
const fields: ViewField[] = [...types].map(([field, type]) => ({ field, type, label: field }));
const t = (key: string) => key;

describe('the view draft', () => {
  it('sends values in their field’s type: numbers, booleans, a between pair, none for "is empty"', () => {
    const d = draftOf(undefined, fields);
    d.name = '  Mixed ';
    d.criteria = [
      { field: 'outstanding_receivable_amount', comparator: 'greater_than', value: ' 1000.5 ', value2: '' },
      { field: 'is_portal_enabled', comparator: 'is', value: 'false', value2: '' },
      { field: 'created_time', comparator: 'between', value: '2026-01-01', value2: '2026-06-30' },
      { field: 'email', comparator: 'is_empty', value: 'left over', value2: '' },
      { field: 'payment_terms', comparator: 'is', value: 'thirty', value2: '' },
    ];
    const input = toViewInput(d, types);
    expect(input.name).toBe('Mixed');
    expect(input.criteria).toEqual([
      { field: 'outstanding_receivable_amount', comparator: 'greater_than', value: 1000.5 },
      { field: 'is_portal_enabled', comparator: 'is', value: false },
      { field: 'created_time', comparator: 'between', value: ['2026-01-01', '2026-06-30'] },
      { field: 'email', comparator: 'is_empty', value: undefined },
      // Not a number: sent as typed, for the API to refuse naming the row.
      { field: 'payment_terms', comparator: 'is', value: 'thirty' },
    ]);
  });

  it('a saved view becomes a draft and back unchanged (columns in order, custom ones kept before they load)', () => {
    const view: CustomView = {
      customview_id: '9',
      entity_type: 'contact',
      name: 'Kanto',
      is_favorite: true,
      visibility: 'roles',
      role_ids: ['staff'],
      criteria: [
        { field: 'cf_region', comparator: 'is', value: 'Kanto' },
        { field: 'outstanding_receivable_amount', comparator: 'between', value: [10, 20] },
      ],
      criteria_string: '1 OR 2',
      columns: [{ field: 'cf_region', width: 120 }, { field: 'contact_name' }],
      sort_column: 'email',
      sort_order: 'D',
      created_by_id: '1',
      created_time: '2026-06-15T09:00:00.000+00:00',
    };
    const d = draftOf(view, fields.slice(0, 3));
    expect(d.columns.slice(0, 2)).toEqual([
      { field: 'cf_region', shown: true, width: 120 },
      { field: 'contact_name', shown: true, width: undefined },
    ]);
    const { customview_id: _i, created_by_id: _c, created_time: _t, ...input } = view;
    expect(toViewInput(d, types)).toEqual(input);
  });

  it('checks the name and the columns with the contract; maps the API’s field paths onto the form', () => {
    const d = draftOf(undefined, fields);
    d.columns = d.columns.map((c) => ({ ...c, shown: false }));
    expect(checkDraft(d, types, t as never)).toEqual({ name: 'views.error.name', columns: 'views.error.noColumns' });
    expect(formFieldFor('criteria.1.comparator')).toBe('criteria.1.comparator');
    expect(formFieldFor('criteria_string')).toBe('criteria_string');
    expect(formFieldFor('columns.0.field')).toBe('columns');
    expect(formFieldFor('entity_type')).toBeNull();
  });
});
