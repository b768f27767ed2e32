// @vitest-environment jsdom
/** One results table for every bulk run: named, three headed columns, a badge per status. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { ResultsTable, type ResultsTableRow } from './ResultsTable';

const columns = { customer: 'Customer', status: 'Result', detail: 'Reason' };
const rows: ResultsTableRow[] = [
  { id: '1', name: 'Acme Inc.', status: 'ok', statusText: 'Done', detail: '' },
  { id: '2', name: 'Initech LLC', status: 'failed', statusText: 'Failed', detail: 'It has transactions.' },
];

describe('ResultsTable', () => {
  afterEach(cleanup);

  it('is named, has the three column headings and one row per result', () => {
    render(<ResultsTable label="Results" columns={columns} rows={rows} nameHeadsRow={false} />);
    const table = screen.getByRole('table', { name: 'Results' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Customer', 'Result', 'Reason']);
    const failed = within(table).getAllByRole('row')[2];
    expect(
      within(failed)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Initech LLC', 'Failed', 'It has transactions.']);
    expect(within(failed).getByText('Failed').className).toContain('badge-danger');
  });

  it('lets the customer head its row', () => {
    render(<ResultsTable label="Results" columns={columns} rows={rows} nameHeadsRow />);
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Acme Inc.', 'Initech LLC']);
  });
});
