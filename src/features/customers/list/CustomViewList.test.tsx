// @vitest-environment jsdom
/**
 * The list on a custom view (?view=cv_<id>): the picker lists saved views after the default ones
 * (favourites first), the rows are the view's, "Edit view" only for who may change it, and a
 * view that is gone falls back to All Customers with a notice.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { actAs, call, useMockApi } from '../../../../mocks/testing';
import { CustomerListPage } from './CustomerListPage';

const NoEditor = () => null;

function renderList(path: string) {
  const router = createMemoryRouter([{ path: '/customers', element: <CustomerListPage ViewEditor={NoEditor} /> }], { initialEntries: [path] });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

type Page = { contacts: { contact_name: string }[]; page_context: { total: number } };
const names = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('link')[0]?.textContent);

describe('the list on a custom view', () => {
  useMockApi('demo');
  afterEach(cleanup);

  it('shows the view’s customers in its sort, with the saved views in the picker', async () => {
    const api = await call<Page>('GET', '/contacts?customview_id=2&per_page=25');
    expect(api.body.page_context.total).toBeGreaterThan(0);
    renderList('/customers?view=cv_2');
    const picker = (await screen.findByRole('combobox', { name: 'View' })) as HTMLSelectElement;
    await waitFor(() => expect(picker.value).toBe('cv_2'));
    const saved = within(picker).getByRole('group', { name: 'Custom views' });
    // The favourite first.
    expect(
      within(saved)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Overdue over 1,000', 'Japanese customers']);
    const table = await screen.findByRole('table', { name: 'Customers' });
    await waitFor(() => expect(names(table)).toEqual(api.body.contacts.map((c) => c.contact_name)));
    expect(screen.getByRole('button', { name: 'Edit view' })).toBeTruthy();
    expect(document.title).toContain('Overdue over 1,000');
  });

  it('"Edit view" is offered only to the view’s creator or an admin', async () => {
    await actAs('2');
    renderList('/customers?view=cv_1');
    await screen.findByRole('table', { name: 'Customers' });
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'View' }) as HTMLSelectElement).value).toBe('cv_1'));
    expect(screen.getByRole('button', { name: 'New Custom View' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit view' })).toBeNull();
  });

  it('a view that no longer exists falls back to All Customers with a notice', async () => {
    await call('DELETE', '/customviews/1');
    const router = renderList('/customers?view=cv_1&q=a');
    const notice = await screen.findByText(/no longer exists/);
    expect(notice.getAttribute('role')).toBe('status');
    // The search stays; the view is All Customers.
    await waitFor(() => expect(router.state.location.search).toBe('?q=a'));
    expect((screen.getByRole('combobox', { name: 'View' }) as HTMLSelectElement).value).toBe('all');
  });
});
