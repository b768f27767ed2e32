/** Custom views: CRUD, who sees and may change which view, and applying one to the list, export and select_all. */
import { describe, expect, it } from 'vitest';
import { MAX_VIEWS_PER_USER, type BulkResult, type ContactSummary, type CustomView, type PageContext } from '../../src/api/schemas';
import { DEMO_VIEWS, demoViews } from '../scenarios/demo-views';
import { USERS } from '../scenarios/reference';
import { actAs, call, snapshot, useMockApi } from '../testing';
import { fields } from './contact-fixtures.test-helper';

type Views = { custom_views: CustomView[] };
type One = { custom_view: CustomView };
type List = { contacts: ContactSummary[]; page_context: PageContext };

const visibleIds = async () => (await call<Views>('GET', '/customviews?entity_type=contact')).body.custom_views.map((v) => v.customview_id);
const ids = (r: { body: List }) => r.body.contacts.map((c) => c.contact_id);
const mine = { name: 'My USD customers', criteria: [{ field: 'currency_code', comparator: 'is', value: 'USD' }] };

describe('custom views API', () => {
  useMockApi('demo');

  it('ships the demo views, shared with everyone', async () => {
    const r = await call<Views>('GET', '/customviews');
    expect(r.body.custom_views.map((v) => [v.name, v.visibility, v.criteria_string])).toEqual([
      ['Japanese customers', 'everyone', '1 OR 2 OR 3'],
      ['Overdue over 1,000', 'everyone', '1 AND 2'],
    ]);
    for (const user of [USERS.staff, USERS.assignedA]) {
      await actAs(user);
      expect(await visibleIds()).toEqual([DEMO_VIEWS.japanese, DEMO_VIEWS.overdueOver1000]);
    }
    expect(fields(await call('GET', '/customviews?entity_type=invoice'))).toEqual(['entity_type']);
  });

  it('creates, updates and deletes a private view, visible to its creator only', async () => {
    await actAs(USERS.staff);
    const created = await call<One>('POST', '/customviews', {
      ...mine,
      criteria: [...mine.criteria, { field: 'payment_terms', comparator: 'between', value: [15, 30] }],
      columns: [{ field: 'contact_name', width: 200 }],
    });
    expect([created.status, created.body.message]).toEqual([201, 'The custom view has been created.']);
    const view = created.body.custom_view;
    expect(view).toMatchObject({
      customview_id: '3',
      entity_type: 'contact',
      visibility: 'only_me',
      role_ids: [],
      criteria_string: '1 AND 2',
      sort_column: 'contact_name',
      sort_order: 'A',
      is_favorite: false,
      created_by_id: USERS.staff,
    });
    expect(await visibleIds()).toEqual(['1', '2', '3']);
    for (const other of [USERS.admin, USERS.assignedA]) {
      await actAs(other);
      expect(await visibleIds()).toEqual(['1', '2']);
      // Someone else's private view behaves as missing, even for an admin.
      expect((await call('PUT', '/customviews/3', { name: 'Mine now' })).status).toBe(404);
      expect((await call('DELETE', '/customviews/3')).status).toBe(404);
    }
    await actAs(USERS.staff);
    const updated = await call<One>('PUT', '/customviews/3', { name: 'USD, 15–30 days', is_favorite: true });
    expect([updated.status, updated.body.message]).toEqual([200, 'The custom view has been updated.']);
    // Fields left out keep their saved values.
    expect(updated.body.custom_view).toEqual({ ...view, name: 'USD, 15–30 days', is_favorite: true });
    const deleted = await call('DELETE', '/customviews/3');
    expect([deleted.status, deleted.body]).toEqual([200, { code: 0, message: 'The custom view has been deleted.', customview_id: '3' }]);
    expect(await visibleIds()).toEqual(['1', '2']);
    expect((await call('DELETE', '/customviews/3')).body.code).toBe(1002);
  });

  it('lets admins share with roles or everyone, and refuses sharing by anyone else without writing', async () => {
    const roles = await call<One>('POST', '/customviews', { ...mine, visibility: 'roles', role_ids: ['staff_assigned', 'staff_assigned'] });
    expect(roles.body.custom_view).toMatchObject({ customview_id: '3', visibility: 'roles', role_ids: ['staff_assigned'] });
    await actAs(USERS.assignedB);
    expect(await visibleIds()).toEqual(['1', '2', '3']);
    await actAs(USERS.staff);
    expect(await visibleIds()).toEqual(['1', '2']);

    const before = snapshot();
    for (const visibility of ['roles', 'everyone']) {
      const r = await call('POST', '/customviews', { ...mine, visibility, role_ids: ['staff'] });
      expect([r.status, r.body.code, fields(r)]).toEqual([403, 57, ['visibility']]);
    }
    // Only its creator or an admin changes a shared view.
    expect((await call('PUT', `/customviews/${DEMO_VIEWS.japanese}`, { name: 'Ours' })).body.code).toBe(57);
    expect((await call('DELETE', `/customviews/${DEMO_VIEWS.japanese}`)).body.code).toBe(57);
    const own = await call<One>('POST', '/customviews', mine);
    const afterOwn = snapshot();
    expect((await call('PUT', `/customviews/${own.body.custom_view.customview_id}`, { visibility: 'everyone' })).status).toBe(403);
    expect(snapshot()).toBe(afterOwn);
    expect(afterOwn).not.toBe(before);

    await actAs(USERS.admin);
    expect(fields(await call('POST', '/customviews', { ...mine, visibility: 'roles' }))).toEqual(['role_ids']);
    // An admin may change and delete anyone's view they can see.
    expect((await call('DELETE', `/customviews/${DEMO_VIEWS.japanese}`)).status).toBe(200);
  });

  it('refuses bad criteria with 1001 naming the row, and writes nothing', async () => {
    const before = snapshot();
    const bad = async (body: Record<string, unknown>) => fields(await call('POST', '/customviews', { name: 'Bad', ...body }));
    expect(
      await bad({
        criteria: [
          { field: 'contact_name', comparator: 'contains', value: 'a' },
          { field: 'contact_name', comparator: 'greater_than', value: 1 },
          { field: 'no_such_field', comparator: 'is', value: 'x' },
          { field: 'created_time', comparator: 'after', value: 'yesterday' },
        ],
      }),
    ).toEqual(['criteria.1.comparator', 'criteria.2.field', 'criteria.3.value']);
    expect(await bad({ criteria: [{ field: 'email', comparator: 'is_empty' }], criteria_string: '1 AND (2' })).toEqual(['criteria_string']);
    expect(await bad({ criteria: [mine.criteria[0], mine.criteria[0]], criteria_string: '1' })).toEqual(['criteria_string']);
    expect(await bad({ criteria: [{ field: 'email', comparator: 'matches', value: 'x' }] })).toEqual(['criteria.0.comparator']);
    expect(await bad({ columns: [{ field: 'password', width: 100 }] })).toEqual(['columns.0.field']);
    // A criteria field that is no column of the list (billing city) cannot be a column.
    expect(await bad({ columns: [{ field: 'city' }] })).toEqual(['columns.0.field']);
    expect(await bad({ columns: [{ field: 'cf_customer_code' }, { field: 'cf_nope' }] })).toEqual(['columns.1.field']);
    expect(await bad({ name: '  ', sort_column: 'secret' })).toEqual(['name', 'sort_column']);
    expect((await call('POST', '/customviews', '{"name":')).body.code).toBe(1038);
    expect(snapshot()).toBe(before);
    // A change that breaks a saved view is refused whole, too.
    const put = await call('PUT', `/customviews/${DEMO_VIEWS.overdueOver1000}`, { name: 'Renamed', criteria_string: '1 OR 3' });
    expect([put.status, put.body.code, fields(put)]).toEqual([400, 1001, ['criteria_string']]);
    expect(fields(await call('PUT', `/customviews/${DEMO_VIEWS.overdueOver1000}`, [1]))).toEqual(['body']);
    expect(snapshot()).toBe(before);
  });

  it('applies a view to the list with search, sort and paging on top', async () => {
    const view = await call<List>('GET', `/contacts?customview_id=${DEMO_VIEWS.overdueOver1000}`);
    // The view's own sort: the largest balances first.
    expect(ids(view)).toEqual(['17', '30', '4', '11', '6', '1', '14', '37', '27', '21']);
    expect(view.body.page_context).toMatchObject({ total: 10, sort_column: 'outstanding_receivable_amount', sort_order: 'D' });
    const sorted = await call<List>(`GET`, `/contacts?customview_id=${DEMO_VIEWS.overdueOver1000}&sort_column=contact_name&per_page=3&page=2`);
    expect(sorted.body.page_context).toMatchObject({ page: 2, per_page: 3, total: 10, has_more_page: true, sort_column: 'contact_name' });
    expect(sorted.body.contacts.map((c) => c.contact_name)).toEqual(['Müller & Söhne GmbH', 'Sunrise Hotels', 'Tyrell Corporation']);
    const reversed = await call<List>('GET', `/contacts?customview_id=${DEMO_VIEWS.overdueOver1000}&sort_order=A&per_page=2`);
    expect(ids(reversed)).toEqual(['21', '27']);
    const searched = await call<List>('GET', `/contacts?customview_id=${DEMO_VIEWS.japanese}&search_text=さくら`);
    expect(ids(searched).sort()).toEqual(['17', '4', '5']);
    const unknown = await call('GET', '/contacts?customview_id=99');
    expect([unknown.status, unknown.body.code, fields(unknown)]).toEqual([400, 1001, ['customview_id']]);
  });

  it('shows a restricted user only their own customers through a shared view, in lists, exports and select_all', async () => {
    await actAs(USERS.assignedA);
    const list = await call<List>('GET', `/contacts?customview_id=${DEMO_VIEWS.japanese}`);
    expect(ids(list)).toEqual(['3', '16', '30']);
    const exported = await call<List>('GET', `/contacts?customview_id=${DEMO_VIEWS.japanese}&include=details&per_page=200`);
    expect(ids(exported)).toEqual(['3', '16', '30']);
    const bulk = await call<{ results: BulkResult[] }>('POST', '/contacts/bulk', {
      action: 'mark_inactive',
      select_all: { customview_id: DEMO_VIEWS.japanese },
    });
    expect(bulk.body.results.map((r) => r.contact_id).sort()).toEqual(['16', '3', '30']);
    // Another user's private view cannot be applied.
    await actAs(USERS.staff);
    const own = await call<One>('POST', '/customviews', mine);
    await actAs(USERS.assignedA);
    const hidden = await call('GET', `/contacts?customview_id=${own.body.custom_view.customview_id}`);
    expect(fields(hidden)).toEqual(['customview_id']);
  });

  it('filters by custom fields and reads changes to the view at once', async () => {
    const created = await call<One>('POST', '/customviews', { name: 'Coded', criteria: [{ field: 'cf_customer_code', comparator: 'is_not_empty' }] });
    const id = created.body.custom_view.customview_id;
    const coded = ids(await call<List>('GET', `/contacts?customview_id=${id}&per_page=200`));
    await call('PUT', `/customviews/${id}`, { criteria: [{ field: 'cf_customer_code', comparator: 'is_empty' }] });
    const uncoded = ids(await call<List>('GET', `/contacts?customview_id=${id}&per_page=200`));
    const all = ids(await call<List>('GET', '/contacts?per_page=200'));
    expect(coded.length).toBeGreaterThan(0);
    expect([...coded, ...uncoded].sort()).toEqual([...all].sort());
  });

  it('keeps views in snapshots, and loads a snapshot written before views', async () => {
    const doc = (await call<{ custom_views: CustomView[] } & Record<string, unknown>>('GET', '/__mock/snapshot')).body;
    expect(doc.custom_views.map((v) => v.customview_id)).toEqual(['1', '2']);
    const { custom_views: _views, ...older } = doc;
    expect((await call('POST', '/__mock/reset', { scenario: 'snapshot', data: older })).status).toBe(200);
    expect(await visibleIds()).toEqual([]);
    expect((await call('POST', '/__mock/reset', { scenario: 'snapshot', data: doc })).status).toBe(200);
    expect(await visibleIds()).toEqual(['1', '2']);
  });

  it('bounds what a view holds and how many one user saves', async () => {
    const long = await call('POST', '/customviews', {
      name: 'Range',
      criteria: [{ field: 'outstanding_receivable_amount', comparator: 'between', value: [1, 2, 3] }],
    });
    expect(long.status).toBe(400);
    expect(fields(long)).toEqual(['criteria.0.value']);
    const shipped = demoViews('2026-01-01');
    const saved = shipped.filter((v) => v.created_by_id === USERS.admin).length;
    for (let i = saved; i < MAX_VIEWS_PER_USER; i++) expect((await call('POST', '/customviews', { ...mine, name: `View ${i}` })).status).toBe(201);
    const over = await call('POST', '/customviews', { ...mine, name: 'One too many' });
    expect(over.status).toBe(400);
    expect(fields(over)).toEqual(['name']);
    expect((await visibleIds()).length).toBe(MAX_VIEWS_PER_USER + shipped.length - saved);
  });
});
