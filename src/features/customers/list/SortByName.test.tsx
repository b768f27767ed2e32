// @vitest-environment jsdom
/** "More actions" sorts the list by the primary person's first or last name. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { call, useMockApi } from '../../../../mocks/testing';
import { CustomerListPage } from './CustomerListPage';

function renderList() {
  const router = createMemoryRouter([{ path: '/customers', element: <CustomerListPage /> }], { initialEntries: ['/customers'] });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

const names = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[1]?.textContent ?? '');

describe('sort by first or last name', () => {
  useMockApi('empty');
  afterEach(cleanup);

  it('orders rows by the primary person from the More actions menu', async () => {
    for (const [contact_name, first_name, last_name] of [
      ['Acme', 'Cy', 'Adams'],
      ['Bolt', 'Al', 'Cole'],
      ['Cobalt', 'Bea', 'Baker'],
    ]) {
      await call('POST', '/contacts', { contact_name, contact_persons: [{ first_name, last_name, is_primary_contact: true }] });
    }
    const router = renderList();
    await waitFor(() => expect(names().join()).toMatch(/Acme.*Bolt.*Cobalt/), { timeout: 5000 });
    fireEvent.click(screen.getByRole('button', { name: 'More actions' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Sort by Last Name' }, { timeout: 5000 }));
    await waitFor(() => expect(names().join()).toMatch(/Acme.*Cobalt.*Bolt/), { timeout: 5000 });
    expect(router.state.location.search).toContain('sort=last_name');
  });

  it('orders rows by first name', async () => {
    for (const [contact_name, first_name, last_name] of [
      ['Acme', 'Cy', 'Adams'],
      ['Bolt', 'Al', 'Cole'],
      ['Cobalt', 'Bea', 'Baker'],
    ]) {
      await call('POST', '/contacts', { contact_name, contact_persons: [{ first_name, last_name, is_primary_contact: true }] });
    }
    renderList();
    await waitFor(() => expect(names().join()).toMatch(/Acme.*Bolt.*Cobalt/), { timeout: 5000 });
    fireEvent.click(screen.getByRole('button', { name: 'More actions' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Sort by First Name' }, { timeout: 5000 }));
    await waitFor(() => expect(names().join()).toMatch(/Bolt.*Cobalt.*Acme/), { timeout: 5000 });
  });
});
