// @vitest-environment jsdom
/** The customer form's duplicate check while typing, against the mock's handlers (demo data: 1–3 are Acme). */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { call, useMockApi } from '../../../../mocks/testing';
import type { Contact } from '../../../api/schemas';
import type { ReferenceData } from './OtherFields';
import { CustomerForm } from './CustomerForm';

const ref_: ReferenceData = {
  currencies: [{ currency_id: '1', currency_code: 'USD', currency_name: 'US Dollar', currency_symbol: '$', price_precision: 2 }],
  terms: [{ payment_terms: 30, payment_terms_label: 'Net 30' }],
  pricebooks: [],
  users: [],
  customFields: [],
  me: { user_id: '1', name: 'Aiko Tanaka', email: 'a@example.com', role: 'admin', status: 'active' },
};

function renderForm(contact?: Contact) {
  const path = contact ? `/customers/${contact.contact_id}/edit` : '/customers/new';
  const router = createMemoryRouter(
    [{ path, element: <CustomerForm contact={contact} ref_={ref_} defaultCurrencyId="1" onReloadContact={async () => undefined} /> }],
    { initialEntries: [path] },
  );
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

const region = () => screen.findByRole('region', { name: 'Possible duplicates' });
const listed = (el: HTMLElement) =>
  within(el)
    .getAllByRole('link')
    .map((a) => a.textContent);

describe('Possible duplicates in the customer form', () => {
  useMockApi('demo');
  afterEach(cleanup);

  it('lists similar names as links opening in a new tab, with the reason, and goes when nothing matches', async () => {
    renderForm();
    const user = userEvent.setup();
    const name = screen.getByLabelText('Display Name');
    await user.type(name, 'acme inc');
    const found = await region();
    expect(listed(found)).toEqual(['Acme Inc.', 'ACME, Inc', 'ＡＣＭＥ Inc']);
    const link = within(found).getByRole('link', { name: 'Acme Inc.' });
    expect(link.getAttribute('href')).toBe('/customers/1');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toMatch(/noopener/);
    expect(within(found).getAllByText('Similar name')).toHaveLength(3);
    expect(screen.getByRole('status').textContent).toBe('3 possible duplicates found.');
    await user.clear(name);
    await user.type(name, 'Nobody Like This');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Possible duplicates' })).toBeNull());
  });

  it('says when the email is the same', async () => {
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), 'John.Smith@acme.example');
    const found = await region();
    expect(listed(found)).toEqual(['Acme Inc.']);
    expect(within(found).getByText('Same email')).toBeTruthy();
  });

  it('never lists the customer being edited', async () => {
    const { body } = await call<{ contact: Contact }>('GET', '/contacts/1');
    renderForm(body.contact);
    expect(listed(await region())).toEqual(['ACME, Inc', 'ＡＣＭＥ Inc']);
  });

  it('never blocks Save', async () => {
    renderForm();
    const user = userEvent.setup();
    // Not the same display name (that would be 3001), but a similar one once "Incorporated" is folded away.
    await user.type(screen.getByLabelText('Display Name'), 'Acme Incorporated');
    expect(listed(await region())).toContain('Acme Inc.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    // Saved: the new customer is there (in jsdom the leave guard still catches the navigation that follows).
    await waitFor(async () => {
      const r = await call<{ contacts: { contact_name: string }[] }>('GET', '/contacts?search_text=Acme%20Incorporated');
      expect(r.body.contacts.map((c) => c.contact_name)).toEqual(['Acme Incorporated']);
    });
  });
});
