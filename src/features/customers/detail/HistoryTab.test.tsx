// @vitest-environment jsdom
/** The History tab: a page at a time, filtered by the server, and the comment box. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { HISTORY_PAGE_SIZE } from '../../../api/limits';
import { insertContact } from '../../../../mocks/db/builders';
import { server } from '../../../../mocks/node';
import { db } from '../../../../mocks/runtime';
import { BASE, useMockApi } from '../../../../mocks/testing';
import { HistoryTab } from './HistoryTab';

function seed(n: number): string {
  return db.transactSync((tx) => {
    const c = insertContact(tx, { contact_name: 'Busy' });
    for (let i = 0; i < n; i++) {
      const time = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
      const commented = i % 10 === 0;
      tx.comments.put({
        comment_id: tx.nextId('comment'),
        contact_id: c.contact_id,
        description: commented ? `Note ${i}` : `Edit ${i}`,
        operation_type: commented ? 'commented' : 'updated',
        commented_by: 'Aiko Tanaka',
        date: time.slice(0, 10),
        time,
        ...(commented ? {} : { changes: [{ field: 'payment_terms', label: 'Payment Terms', old_value: i % 2 ? 'Net 15' : '', new_value: 'Net 30' }] }),
      });
    }
    return c.contact_id;
  });
}

function renderTab(contactId: string) {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })}>
      <HistoryTab contactId={contactId} />
    </QueryClientProvider>,
  );
}

const dataRows = () =>
  within(screen.getByRole('table', { name: 'History' }))
    .getAllByRole('row')
    .slice(1);

describe('HistoryTab', () => {
  useMockApi('empty');
  afterEach(cleanup);

  it('shows one page of a long history, each change as "<Label>: <old> → <new>", and more on request', async () => {
    const user = userEvent.setup();
    renderTab(seed(2 * HISTORY_PAGE_SIZE + 5));
    await screen.findByRole('table', { name: 'History' });
    expect(dataRows()).toHaveLength(HISTORY_PAGE_SIZE);
    expect(within(dataRows()[0]).getByText('Edit 104')).toBeTruthy();
    expect(within(dataRows()[0]).getByText('Payment Terms: (empty) → Net 30')).toBeTruthy();
    expect(within(dataRows()[1]).getByText('Payment Terms: Net 15 → Net 30')).toBeTruthy();
    expect(screen.getByText(`Showing ${HISTORY_PAGE_SIZE} of ${2 * HISTORY_PAGE_SIZE + 5}`)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(dataRows()).toHaveLength(2 * HISTORY_PAGE_SIZE));
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(dataRows()).toHaveLength(2 * HISTORY_PAGE_SIZE + 5));
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('filters on the server: "Comments" shows only comments', async () => {
    const user = userEvent.setup();
    renderTab(seed(40));
    await screen.findByRole('table', { name: 'History' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Comments');
    await waitFor(() => expect(dataRows()).toHaveLength(4));
    expect(dataRows().map((r) => within(r).getAllByRole('cell')[1].textContent)).toEqual(['Note 30', 'Note 20', 'Note 10', 'Note 0']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Emails');
    expect(await screen.findByText('Nothing of this kind yet.')).toBeTruthy();
  });

  it('adds a comment: the entry appears and the box clears; a refusal keeps the text', async () => {
    const user = userEvent.setup();
    const id = seed(0);
    renderTab(id);
    expect(await screen.findByText('No history yet.')).toBeTruthy();
    const box = screen.getByRole('textbox', { name: 'Add a comment' }) as HTMLTextAreaElement;
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Write a comment first.');
    await user.type(box, 'Called about the order.');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    expect(await screen.findByText('Called about the order.')).toBeTruthy();
    await waitFor(() => expect(box.value).toBe(''));

    server.use(
      http.post(`${BASE}/contacts/:id/comments`, () =>
        HttpResponse.json(
          { code: 1001, message: 'Please check the highlighted fields.', errors: [{ field: 'description', message: 'Not today.' }] },
          { status: 400 },
        ),
      ),
    );
    await user.type(box, 'Second note');
    await user.click(screen.getByRole('button', { name: 'Add comment' }));
    await waitFor(() => expect(document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Not today.'));
    expect(box.value).toBe('Second note');
  });

  it('says when the history cannot be loaded', async () => {
    server.use(http.get(`${BASE}/contacts/:id/comments`, () => HttpResponse.json({ code: 1, message: 'Boom.' }, { status: 500 })));
    renderTab(seed(1));
    expect((await screen.findByRole('alert')).textContent).toContain('Boom.');
  });
});
