/**
 * The demo's custom views of the customer list, shared with everyone by the admin, so a fresh
 * demo shows saved views (and the API tests have views to apply).
 */
import type { CustomView } from '../../src/api/schemas';
import { USERS } from './reference';

export const DEMO_VIEWS = { japanese: '1', overdueOver1000: '2' } as const;

export function demoViews(anchor: string): CustomView[] {
  const shared: Pick<CustomView, 'entity_type' | 'is_favorite' | 'visibility' | 'role_ids' | 'created_by_id' | 'created_time'> = {
    entity_type: 'contact',
    is_favorite: false,
    visibility: 'everyone',
    role_ids: [],
    created_by_id: USERS.admin,
    created_time: `${anchor}T09:00:00.000+00:00`,
  };
  return [
    {
      ...shared,
      customview_id: DEMO_VIEWS.japanese,
      name: 'Japanese customers',
      // Billed in yen, or billed to an address in Japan (written either way).
      criteria: [
        { field: 'currency_code', comparator: 'is', value: 'JPY' },
        { field: 'country', comparator: 'is', value: '日本' },
        { field: 'country', comparator: 'is', value: 'Japan' },
      ],
      criteria_string: '1 OR 2 OR 3',
      columns: [
        { field: 'contact_name', width: 240 },
        { field: 'company_name', width: 200 },
        { field: 'phone', width: 160 },
        { field: 'outstanding_receivable_amount', width: 140 },
      ],
      sort_column: 'contact_name',
      sort_order: 'A',
    },
    {
      ...shared,
      customview_id: DEMO_VIEWS.overdueOver1000,
      name: 'Overdue over 1,000',
      is_favorite: true,
      criteria: [
        { field: 'outstanding_receivable_amount', comparator: 'greater_than', value: 1000 },
        { field: 'is_overdue', comparator: 'is', value: true },
      ],
      criteria_string: '1 AND 2',
      columns: [
        { field: 'contact_name', width: 240 },
        { field: 'email', width: 220 },
        { field: 'outstanding_receivable_amount', width: 140 },
      ],
      sort_column: 'outstanding_receivable_amount',
      sort_order: 'D',
    },
  ];
}
