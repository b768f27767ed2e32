import { describe, expect, it } from 'vitest';
import { applyEdits, fileRowText, planByLine, prefillMapping, previewRows, savedColumns, withEdit } from './plan-rows';
import type { ParsedTable } from './parse-table';
import type { BuiltRow } from './row-builder';

const table: ParsedTable = {
  headers: ['Display Name', 'Email'],
  rows: [
    { line: 2, cells: ['Acme', 'ap@acme.example'] },
    { line: 3, cells: ['Bad', 'nope'] },
    { line: 4, cells: ['Fresh', null] },
  ],
};
const row = (line: number, errors: string[] = []): BuiltRow => ({ line, name: `R${line}`, input: errors.length ? null : { contact_name: `R${line}` }, errors });

describe('edits', () => {
  it('replace only the cells typed, leaving the file as it was', () => {
    const edits = withEdit(withEdit({}, 3, 1, 'bad@fixed.example'), 3, 0, 'Bad Co');
    const edited = applyEdits(table, edits);
    expect(edited.rows[1].cells).toEqual(['Bad Co', 'bad@fixed.example']);
    expect(edited.rows[0]).toBe(table.rows[0]);
    expect(table.rows[1].cells).toEqual(['Bad', 'nope']);
    expect(applyEdits(table, {})).toBe(table);
  });
});

describe('previewRows', () => {
  it('takes the row’s own errors first, then the dry run’s action; a row being fixed stays editable', () => {
    const sent = [row(2), row(4)];
    const plan = planByLine(
      [
        { row: 1, contact_name: 'Acme', action: 'update', reasons: ['Matches "Acme" by display name.'], contact_id: '7' },
        { row: 2, contact_name: 'Fresh', action: 'invalid', reasons: ['Same display name as row 1 of the file.'] },
      ],
      sent,
    );
    const rows = previewRows([row(2), row(3, ['Email: Enter a valid email address.']), row(4)], plan, {});
    expect(rows.map((r) => [r.line, r.action, r.editable])).toEqual([
      [2, 'update', false],
      [3, 'invalid', true],
      [4, 'invalid', true],
    ]);
    // The server counts the rows it was sent: its "row 1" is line 2 of the file.
    expect(rows[2].reasons).toEqual(['Same display name as row 2 of the file.']);
    // Fixed, and not yet checked again: still editable, pending.
    const fixed = previewRows([row(2), row(3), row(4)], plan, { 3: { 1: 'ok@x.example' } });
    expect(fixed[1]).toMatchObject({ action: 'pending', editable: true });
  });

  it('leaves a row number it cannot place as the server said it', () => {
    expect(fileRowText('Same display name as row 9 of the file.', [row(2)])).toBe('Same display name as row 9 of the file.');
  });
});

describe('saved selections', () => {
  const known = new Set(['contact_name', 'email', 'notes', 'cf:1']);

  it('apply where a header was mapped before, each field once, unknown fields dropped', () => {
    const mapping = prefillMapping(
      ['Name', 'E-mail', 'Memo', 'Code', 'Other'],
      [null, 'email', null, null, 'notes'],
      [
        { header: 'name', field: 'contact_name' },
        { header: 'Memo', field: 'notes' },
        { header: 'code', field: 'cf:99' },
      ],
      known,
    );
    expect(mapping).toEqual(['contact_name', 'email', 'notes', null, null]);
  });

  it('are saved with bounded, non-empty headers', () => {
    expect(savedColumns(['Display Name', '  ', 'x'.repeat(250)], ['contact_name', null, 'notes'])).toEqual([
      { header: 'Display Name', field: 'contact_name' },
      { header: 'x'.repeat(200), field: 'notes' },
    ]);
  });
});
