// @vitest-environment jsdom
/**
 * The Columns menu and resizing: a column shown or hidden and a width changed stay so for
 * this user and view after the page is opened again, and any shown column sorts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { useMockApi } from '../../../../mocks/testing';
import { CustomerListPage } from './CustomerListPage';

function renderList(url = '/customers') {
  const router = createMemoryRouter([{ path: '/customers', element: <CustomerListPage /> }], { initialEntries: [url] });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

const headers = (table: HTMLElement) =>
  within(table)
    .getAllByRole('columnheader', { hidden: true })
    .map((h) => h.textContent?.replace(/[▲▼]/g, '').trim());

describe('list columns', () => {
  useMockApi('demo');
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('shows a column from the Columns menu, keeps it after a reload, and sorts by it', async () => {
    const user = userEvent.setup();
    const router = renderList();
    const table = await screen.findByRole('table', { name: 'Customers' });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(5));
    expect(headers(table)).toEqual(['', 'Name', 'Company Name', 'Email', 'Work Phone', 'Receivables', 'Unused Credits']);

    fireEvent.click(screen.getByRole('button', { name: 'Columns' }));
    const name = await screen.findByRole('menuitemcheckbox', { name: /^Name/ }, { timeout: 5000 });
    expect(name.getAttribute('aria-checked')).toBe('true');
    expect(name.getAttribute('aria-disabled')).toBe('true');
    await user.click(screen.getByRole('menuitemcheckbox', { name: 'Payment Terms' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Work Phone' }));
    await waitFor(() => expect(headers(table)).toEqual(['', 'Name', 'Company Name', 'Email', 'Receivables', 'Unused Credits', 'Payment Terms']));
    await user.keyboard('{Escape}');

    await user.click(within(table).getByRole('button', { name: 'Payment Terms' }));
    await waitFor(() => expect(router.state.location.search).toContain('sort=payment_terms'));
    expect(
      within(table)
        .getByRole('columnheader', { name: /Payment Terms/ })
        .getAttribute('aria-sort'),
    ).toBe('ascending');

    cleanup();
    renderList();
    const again = await screen.findByRole('table', { name: 'Customers' });
    await waitFor(() => expect(headers(again)).toContain('Payment Terms'));
    expect(headers(again)).not.toContain('Work Phone');
  });

  it('resizes a column with the keyboard and remembers the width per view', async () => {
    renderList();
    const handle = await screen.findByRole('separator', { name: 'Resize Company Name' });
    expect(handle.getAttribute('aria-valuenow')).toBe('200');
    fireEvent.keyDown(handle, { key: 'ArrowRight' });
    fireEvent.keyDown(handle, { key: 'ArrowRight', shiftKey: true });
    await waitFor(() => expect(handle.getAttribute('aria-valuenow')).toBe('280'));
    fireEvent.keyDown(handle, { key: 'Home' });
    await waitFor(() => expect(handle.getAttribute('aria-valuenow')).toBe('60'));

    cleanup();
    renderList();
    expect((await screen.findByRole('separator', { name: 'Resize Company Name' })).getAttribute('aria-valuenow')).toBe('60');

    // Another view has its own choice.
    cleanup();
    renderList('/customers?view=inactive');
    expect((await screen.findByRole('separator', { name: 'Resize Company Name' })).getAttribute('aria-valuenow')).toBe('200');
  });
});
