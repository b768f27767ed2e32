// @vitest-environment jsdom
/**
 * One row the app cannot read must not blank the list: the other customers show, and the bad
 * row says it could not be read (by name, linked to the customer when it has an id).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { http, HttpResponse } from 'msw';
import { server } from '../../../../mocks/node';
import { call, useMockApi } from '../../../../mocks/testing';
import { CustomerListPage } from './CustomerListPage';

type Page = { contacts: Record<string, unknown>[]; page_context: Record<string, unknown> };

/** The real mock's page of three customers, with the second and third spoiled as a faulty backend might. */
async function pageWithBadRows(): Promise<Page> {
  for (const contact_name of ['Acme', 'Bolt', 'Cobalt']) await call('POST', '/contacts', { contact_name });
  const page = (await call<Page>('GET', '/contacts?sort_column=contact_name&sort_order=A')).body;
  const [acme, bolt, cobalt] = page.contacts;
  return {
    ...page,
    contacts: [
      acme,
      // What the 201-with-total-null invoice used to cause: receivables null.
      { ...bolt, outstanding_receivable_amount: null },
      // Nothing salvageable but a name: no id, so no link.
      { contact_name: cobalt.contact_name },
    ],
  };
}

function renderList() {
  const router = createMemoryRouter([{ path: '/customers', element: <CustomerListPage /> }], { initialEntries: ['/customers'] });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

describe('customer list with a malformed row', () => {
  useMockApi('empty');
  afterEach(cleanup);

  it('shows the other rows and marks the unreadable ones', async () => {
    const page = await pageWithBadRows();
    server.use(http.get('*/api/v3/contacts', () => HttpResponse.json(page)));
    renderList();

    const table = await screen.findByRole('table', { name: 'Customers' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(within(rows[0]).getByRole('link', { name: 'Acme' }).getAttribute('href')).toBe(`/customers/${String(page.contacts[0].contact_id)}`);
    expect(within(rows[0]).getByRole('checkbox', { name: 'Select Acme' })).toBeTruthy();

    expect(within(rows[1]).getByRole('link', { name: 'Bolt' }).getAttribute('href')).toBe(`/customers/${String(page.contacts[1].contact_id)}`);
    expect(rows[1].textContent).toContain("This customer's data could not be read.");
    expect(within(rows[1]).queryByRole('checkbox')).toBeNull();

    expect(within(rows[2]).queryByRole('link')).toBeNull();
    expect(rows[2].textContent).toContain('Cobalt');
    expect(rows[2].textContent).toContain("This customer's data could not be read.");

    expect(screen.queryByText(/could not be loaded/)).toBeNull();
  });

  it('still reports a page that is not a page at all', async () => {
    server.use(http.get('*/api/v3/contacts', () => HttpResponse.json({ code: 0, message: 'success', contacts: 'nope' })));
    renderList();
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be loaded/);
  });
});
