// @vitest-environment jsdom
/**
 * The custom view editor against the mock API: numbered rows and the pattern that follows them,
 * comparators that fit the field, the API's 1001 marking the row while everything typed stays,
 * saving opens the view, sharing is an admin's, and deleting confirms first.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { actAs, call, useMockApi } from '../../../../mocks/testing';
import type { CustomView } from '../../../api/schemas';
import { ViewEditorDialog } from './ViewEditorDialog';

async function renderEditor(view?: CustomView) {
  const onOpenChange = vi.fn();
  const router = createMemoryRouter(
    [
      { path: '/start', element: <ViewEditorDialog open onOpenChange={onOpenChange} context={{ view }} /> },
      { path: '/customers', element: <p>List</p> },
    ],
    { initialEntries: ['/start'] },
  );
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  // The form shows once the fields and their choices have loaded (custom fields among the columns).
  await screen.findByRole('checkbox', { name: 'Region' });
  const dialog = screen.getByRole('dialog', { name: view ? 'Edit Custom View' : 'New Custom View' });
  return { dialog: within(dialog), onOpenChange, router };
}

const pattern = (d: ReturnType<typeof within>) => d.getByRole('textbox', { name: 'Criteria pattern' }) as HTMLInputElement;
const describedText = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('ViewEditorDialog', () => {
  useMockApi('demo');
  afterEach(cleanup);

  it('numbers the rows from 1 and the pattern follows them until it is edited', async () => {
    const user = userEvent.setup();
    const { dialog: d } = await renderEditor();
    expect(d.getByRole('combobox', { name: 'Field 1' })).toBeTruthy();
    expect(pattern(d).value).toBe('1');
    await user.click(d.getByRole('button', { name: 'Add criterion' }));
    await user.click(d.getByRole('button', { name: 'Add criterion' }));
    expect(d.getByRole('combobox', { name: 'Comparator 3' })).toBeTruthy();
    expect(pattern(d).value).toBe('1 AND 2 AND 3');
    await user.click(d.getByRole('button', { name: 'Remove criterion 2' }));
    expect(d.queryByRole('combobox', { name: 'Field 3' })).toBeNull();
    expect(pattern(d).value).toBe('1 AND 2');
    await user.clear(pattern(d));
    await user.type(pattern(d), '1 OR 2');
    await user.click(d.getByRole('button', { name: 'Add criterion' }));
    expect(pattern(d).value).toBe('1 OR 2');
  });

  it('offers only the comparators that fit the field, a chooser for a field with choices, none for "is empty", two for "between"', async () => {
    const user = userEvent.setup();
    const { dialog: d } = await renderEditor();
    const options = (name: string) =>
      within(d.getByRole('combobox', { name }))
        .getAllByRole('option')
        .map((o) => o.textContent);
    expect(options('Comparator 1')).toEqual(['is', 'is not', 'contains', 'does not contain', 'starts with', 'ends with', 'is empty', 'is not empty']);
    await user.selectOptions(d.getByRole('combobox', { name: 'Field 1' }), 'Receivables');
    expect(options('Comparator 1')).toEqual(['is', 'is not', 'greater than', 'less than', 'between', 'is empty', 'is not empty']);
    await user.selectOptions(d.getByRole('combobox', { name: 'Comparator 1' }), 'between');
    expect(d.getByRole('textbox', { name: 'Value 1' })).toBeTruthy();
    expect(d.getByRole('textbox', { name: 'Value 1 (to)' })).toBeTruthy();
    await user.selectOptions(d.getByRole('combobox', { name: 'Comparator 1' }), 'is empty');
    expect(d.queryByRole('textbox', { name: 'Value 1' })).toBeNull();
    await user.selectOptions(d.getByRole('combobox', { name: 'Field 1' }), 'Status');
    expect(options('Comparator 1')).toEqual(['is', 'is not', 'is empty', 'is not empty']);
    await user.selectOptions(d.getByRole('combobox', { name: 'Comparator 1' }), 'is');
    expect(options('Value 1')).toEqual(['Choose…', 'Active', 'Inactive']);
    await user.selectOptions(d.getByRole('combobox', { name: 'Field 1' }), 'Region');
    expect(options('Value 1')).toContain('Kanto');
  });

  it('a value of the wrong type: the API (1001, criteria.1.value) marks row 2 and everything typed stays', async () => {
    const user = userEvent.setup();
    const { dialog: d, onOpenChange } = await renderEditor();
    await user.type(d.getByRole('textbox', { name: 'View name' }), 'Big terms');
    await user.type(d.getByRole('textbox', { name: 'Value 1' }), 'Acme');
    await user.click(d.getByRole('button', { name: 'Add criterion' }));
    await user.selectOptions(d.getByRole('combobox', { name: 'Field 2' }), 'Payment Terms (Days)');
    await user.selectOptions(d.getByRole('combobox', { name: 'Comparator 2' }), 'greater than');
    await user.type(d.getByRole('textbox', { name: 'Value 2' }), 'thirty');
    await user.click(d.getByRole('button', { name: 'Save' }));
    const value2 = d.getByRole('textbox', { name: 'Value 2' });
    await waitFor(() => expect(value2.getAttribute('aria-invalid')).toBe('true'));
    expect(describedText(value2)).toMatch(/^Criterion 2:/);
    expect(d.getByRole('textbox', { name: 'Value 1' }).getAttribute('aria-invalid')).toBe('false');
    expect((value2 as HTMLInputElement).value).toBe('thirty');
    expect((d.getByRole('textbox', { name: 'View name' }) as HTMLInputElement).value).toBe('Big terms');
    expect((d.getByRole('textbox', { name: 'Value 1' }) as HTMLInputElement).value).toBe('Acme');
    expect((d.getByRole('combobox', { name: 'Comparator 2' }) as HTMLSelectElement).value).toBe('greater_than');
    expect(onOpenChange).not.toHaveBeenCalled();
    const { body } = await call<{ custom_views: CustomView[] }>('GET', '/customviews');
    expect(body.custom_views.map((v) => v.name)).not.toContain('Big terms');
  });

  it('a pattern that is not well-formed marks the pattern and keeps it', async () => {
    const user = userEvent.setup();
    const { dialog: d } = await renderEditor();
    await user.type(d.getByRole('textbox', { name: 'View name' }), 'Broken');
    await user.type(d.getByRole('textbox', { name: 'Value 1' }), 'Acme');
    await user.clear(pattern(d));
    await user.type(pattern(d), '1 AND (');
    await user.click(d.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(pattern(d).getAttribute('aria-invalid')).toBe('true'));
    expect(pattern(d).value).toBe('1 AND (');
  });

  it('saves with the chosen columns in their order and opens the view (?view=cv_<id>)', async () => {
    const user = userEvent.setup();
    const { dialog: d, onOpenChange, router } = await renderEditor();
    await user.type(d.getByRole('textbox', { name: 'View name' }), 'Tokyo');
    await user.selectOptions(d.getByRole('combobox', { name: 'Field 1' }), 'Billing City');
    await user.type(d.getByRole('textbox', { name: 'Value 1' }), 'Tokyo');
    await user.click(d.getByRole('checkbox', { name: 'Work Phone' }));
    await user.click(d.getByRole('checkbox', { name: 'Region' }));
    await user.click(d.getByRole('button', { name: 'Move Email up' }));
    await user.click(d.getByRole('checkbox', { name: 'Mark as favorite' }));
    await user.click(d.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
    const { body } = await call<{ custom_views: CustomView[] }>('GET', '/customviews');
    const saved = body.custom_views.find((v) => v.name === 'Tokyo');
    expect(saved).toMatchObject({
      is_favorite: true,
      visibility: 'only_me',
      criteria: [{ field: 'city', comparator: 'is', value: 'Tokyo' }],
      criteria_string: '1',
    });
    expect(saved?.columns.map((c) => c.field)).toEqual([
      'contact_name',
      'email',
      'company_name',
      'outstanding_receivable_amount',
      'unused_credits_receivable_amount',
      'cf_region',
    ]);
    expect(router.state.location.pathname).toBe('/customers');
    expect(router.state.location.search).toBe(`?view=cv_${saved?.customview_id}`);
  });

  it('for staff, sharing is disabled with the reason', async () => {
    await actAs('2');
    const { dialog: d } = await renderEditor();
    await waitFor(() => expect((d.getByRole('radio', { name: 'Everyone' }) as HTMLInputElement).disabled).toBe(true));
    const roles = d.getByRole('radio', { name: 'Selected roles' }) as HTMLInputElement;
    expect(roles.disabled).toBe(true);
    expect(describedText(roles)).toBe('Only an admin can share a view with roles or everyone.');
    expect((d.getByRole('radio', { name: 'Only me' }) as HTMLInputElement).checked).toBe(true);
  });

  it('edits a saved view, and "Delete view" confirms before deleting', async () => {
    const user = userEvent.setup();
    const { body } = await call<{ custom_views: CustomView[] }>('GET', '/customviews');
    const view = body.custom_views.find((v) => v.name === 'Overdue over 1,000');
    const { dialog: d, router } = await renderEditor(view);
    expect((d.getByRole('textbox', { name: 'View name' }) as HTMLInputElement).value).toBe('Overdue over 1,000');
    expect((d.getByRole('textbox', { name: 'Value 1' }) as HTMLInputElement).value).toBe('1000');
    expect(pattern(d).value).toBe('1 AND 2');
    expect((d.getByRole('radio', { name: 'Everyone' }) as HTMLInputElement).checked).toBe(true);
    await user.click(d.getByRole('button', { name: 'Delete view' }));
    const confirm = await screen.findByRole('alertdialog');
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/customers'));
    const after = await call<{ custom_views: CustomView[] }>('GET', '/customviews');
    expect(after.body.custom_views.map((v) => v.name)).not.toContain('Overdue over 1,000');
  });

  it('opens a saved view with its chosen values (a choice field keeps "JPY"), and saving it unchanged keeps its criteria', async () => {
    const user = userEvent.setup();
    const { body } = await call<{ custom_views: CustomView[] }>('GET', '/customviews');
    const japanese = body.custom_views.find((v) => v.name === 'Japanese customers')!;
    const { dialog: d } = await renderEditor(japanese);
    expect((d.getByRole('combobox', { name: 'Value 1' }) as HTMLSelectElement).value).toBe('JPY');
    expect((d.getByRole('textbox', { name: 'Value 3' }) as HTMLInputElement).value).toBe('Japan');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => {
      const after = (await call<{ custom_views: CustomView[] }>('GET', '/customviews')).body.custom_views.find(
        (v) => v.customview_id === japanese.customview_id,
      );
      expect(after?.criteria).toEqual(japanese.criteria);
      expect(after?.columns.map((c) => c.field)).toEqual(japanese.columns.map((c) => c.field));
    });
  });
});
