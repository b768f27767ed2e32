/** Custom views of the customer list (api.md "Custom views"). */
import { MAX_BODY_BYTES } from '../limits';
import {
  comparatorsByType,
  customViewDeletedResponse,
  customViewInputSchema,
  customViewListQuerySchema,
  customViewPathSchema,
  customViewResponse,
  customViewsResponse,
  type CustomView,
} from '../schemas';
import type { Endpoint } from './types';

const comparatorTable = Object.entries(comparatorsByType)
  .map(([type, list]) => `${type}: ${list.join(', ')}`)
  .join('; ');

const RULES =
  'Criteria rows `{field, comparator, value}` name a list field (`contact_name`, `city`, `currency_id`, `outstanding_receivable_amount`, `created_time`, …, `is_overdue` (*ext*), and each custom field as its `cf_<api_name>`). ' +
  `Comparators by field type: ${comparatorTable}. ` +
  'Values: a string (text, choice), a number, a `YYYY-MM-DD` date, `true`/`false`; `between` takes `[low, high]` (inclusive); `is_empty`/`is_not_empty` take none. ' +
  '`criteria_string` combines rows by number from 1 ("1 AND (2 OR 3)", AND before OR, any case; default every row ANDed) and must use every row. ' +
  'Invalid criteria are 1001 naming the row by index (`criteria.1.comparator`) or `criteria_string`. ' +
  'Anyone may save an `only_me` view; only admins share (`roles` with `role_ids`, or `everyone`): 403/57 naming `visibility` otherwise.';

export const exampleCustomView: CustomView = {
  customview_id: '1',
  entity_type: 'contact',
  name: 'Overdue over 1,000',
  is_favorite: true,
  visibility: 'everyone',
  role_ids: [],
  criteria: [
    { field: 'outstanding_receivable_amount', comparator: 'greater_than', value: 1000 },
    { field: 'is_overdue', comparator: 'is', value: true },
  ],
  criteria_string: '1 AND 2',
  columns: [
    { field: 'contact_name', width: 240 },
    { field: 'outstanding_receivable_amount', width: 140 },
  ],
  sort_column: 'outstanding_receivable_amount',
  sort_order: 'D',
  created_by_id: '1',
  created_time: '2026-06-15T09:00:00.000+00:00',
};

const { customview_id: _id, created_by_id: _by, created_time: _at, ...exampleInput } = exampleCustomView;
const path = customViewPathSchema;
const body = { schema: customViewInputSchema, forms: 'zoho', maxBytes: MAX_BODY_BYTES, example: exampleInput } as const;

export const customViewEndpoints: Endpoint[] = [
  {
    method: 'get',
    path: '/customviews',
    operationId: 'listCustomViews',
    tag: 'Custom views',
    summary: 'The custom views the acting user may see',
    description: "The user's own views, views shared with everyone, and views shared with the user's role; in the order they were made.",
    params: { query: customViewListQuerySchema },
    response: { status: 200, message: 'success', payload: customViewsResponse, example: { custom_views: [exampleCustomView] } },
    errors: ['invalid'],
  },
  {
    method: 'post',
    path: '/customviews',
    operationId: 'createCustomView',
    tag: 'Custom views',
    summary: 'Save a custom view',
    description: RULES,
    body,
    response: { status: 201, message: 'The custom view has been created.', payload: customViewResponse, example: { custom_view: exampleCustomView } },
    errors: [],
  },
  {
    method: 'put',
    path: '/customviews/{customview_id}',
    operationId: 'updateCustomView',
    tag: 'Custom views',
    summary: 'Change a custom view',
    description: `Its creator or an admin (403/57 otherwise); fields left out keep their saved values. ${RULES}`,
    params: { path },
    body,
    response: { status: 200, message: 'The custom view has been updated.', payload: customViewResponse, example: { custom_view: exampleCustomView } },
    errors: ['notFound'],
  },
  {
    method: 'delete',
    path: '/customviews/{customview_id}',
    operationId: 'deleteCustomView',
    tag: 'Custom views',
    summary: 'Delete a custom view',
    description: 'Its creator or an admin (403/57 otherwise).',
    params: { path },
    response: { status: 200, message: 'The custom view has been deleted.', payload: customViewDeletedResponse, example: { customview_id: '1' } },
    errors: ['notFound'],
  },
];
