// @vitest-environment jsdom
import { describe, expect, it, afterEach } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { ReferenceData } from './OtherFields';
import { CustomerForm } from './CustomerForm';

const ref_: ReferenceData = {
  currencies: [
    { currency_id: '1', currency_code: 'USD', currency_name: 'US Dollar', currency_symbol: '$', price_precision: 2 },
    { currency_id: '3', currency_code: 'JPY', currency_name: 'Japanese Yen', currency_symbol: '¥', price_precision: 0 },
  ],
  terms: [{ payment_terms: 30, payment_terms_label: 'Net 30' }],
  pricebooks: [],
  users: [{ user_id: '3', name: 'Chika Sato', email: 'c@example.com', role: 'staff_assigned', status: 'active' }],
  customFields: [{ customfield_id: '3', label: 'Credit Limit', data_type: 'number', options: [] }],
  me: { user_id: '1', name: 'Aiko Tanaka', email: 'a@example.com', role: 'admin', status: 'active' },
};

function renderForm() {
  const router = createMemoryRouter(
    [{ path: '/customers/new', element: <CustomerForm ref_={ref_} defaultCurrencyId="1" onReloadContact={async () => undefined} /> }],
    { initialEntries: ['/customers/new'] },
  );
  render(
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

describe('CustomerForm validation', () => {
  afterEach(cleanup);

  it('marks the required display name, describes it and focuses it', async () => {
    renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const name = screen.getByLabelText('Display Name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent).toMatch(/required/i);
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(screen.getByRole('alert').textContent).toMatch(/highlighted/);
  });

  it('checks email, portal and number custom fields, and clears errors once fixed', async () => {
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Display Name'), 'Acme');
    await user.type(screen.getByLabelText('Email'), 'nope');
    await user.click(screen.getByLabelText('Enable portal'));
    await user.type(screen.getByLabelText('Credit Limit'), 'lots');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Credit Limit').getAttribute('aria-invalid')).toBe('true');
    await user.clear(screen.getByLabelText('Email'));
    await user.type(screen.getByLabelText('Email'), 'ok@example.com');
    await waitFor(() => expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('false'));
    expect(screen.getByLabelText('Display Name').getAttribute('aria-invalid')).toBe('false');
  });

  it('shows a refused character on the address field that holds it', async () => {
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Display Name'), 'Acme');
    const city = within(screen.getByRole('group', { name: 'Billing Address' })).getByLabelText('City');
    await user.type(city, 'Tokyo\u202E');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(city.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(city.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'City contains a text-direction control character (U+202E), which is not allowed.',
    );
  });

  it('offers display-name suggestions from the contact and company', async () => {
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('First Name'), 'Taro');
    await user.type(screen.getByLabelText('Last Name'), 'Yamada');
    await user.click(screen.getByRole('button', { name: 'Yamada, Taro' }));
    expect((screen.getByLabelText('Display Name') as HTMLInputElement).value).toBe('Yamada, Taro');
  });
});
