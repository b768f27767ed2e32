import { describe, expect, it } from 'vitest';
import { MAX_CONTACT_PERSONS } from '../../api/limits';
import { translate, type MessageKey, type Vars } from '../../lib/i18n';
import type { ParsedTable } from './parse-table';
import { attachPersons, readPersonSheet } from './person-sheet';
import type { BuiltRow } from './row-builder';

const t = (key: MessageKey, vars?: Vars) => translate('en', key, vars);

const sheet = (headers: string[], rows: (string | boolean | null)[][]): { name: string; table: ParsedTable } => ({
  name: 'Contact Persons',
  table: { headers, rows: rows.map((cells, i) => ({ line: i + 2, cells })) },
});

const row = (name: string): BuiltRow => ({ line: 2, name, input: { contact_name: name }, errors: [] });

describe('contact persons sheet', () => {
  const english = sheet(
    ['Customer ID', 'Display Name', 'First Name', 'Last Name', 'Email', 'Primary Contact'],
    [
      ['1', 'Acme Inc.', 'John', 'Smith', 'john@acme.example', false],
      ['1', 'Acme Inc.', 'Emily', 'Davis', 'emily@acme.example', true],
      ['9', 'Nobody Ltd', 'Nemo', '', '', false],
      ['2', 'Ｂｅｔａ', 'Bo', 'Lee', '', null],
    ],
  );

  it('is recognised by the headers the export writes, in English or Japanese, and nothing else', () => {
    expect(readPersonSheet(english)?.count).toBe(4);
    const japanese = sheet(['表示名', '名', '姓'], [['さくら商事', '花子', '山田']]);
    expect(readPersonSheet(japanese)?.byCustomer.get('さくら商事')).toEqual([expect.objectContaining({ first_name: '花子', last_name: '山田' })]);
    expect(readPersonSheet(sheet(['Invoice', 'Amount'], [['1', '2']]))).toBeNull();
    expect(readPersonSheet(null)).toBeNull();
  });

  it('gives each customer its persons (width and case folded), keeps the marked primary or makes the first one primary, and counts orphans', () => {
    const persons = readPersonSheet(english);
    if (!persons) throw new Error('not recognised');
    const { rows, orphans } = attachPersons([row('acme inc.'), row('Beta'), row('Gamma')], persons, t);
    expect(rows[0].input?.contact_persons?.map((p) => [p.first_name, p.is_primary_contact])).toEqual([
      ['John', false],
      ['Emily', true],
    ]);
    expect(rows[1].input?.contact_persons?.map((p) => [p.first_name, p.is_primary_contact])).toEqual([['Bo', true]]);
    expect(rows[2].input?.contact_persons).toBeUndefined();
    expect(orphans).toBe(1);
  });

  it('refuses a customer with two primaries, or persons the contract refuses, naming the sheet', () => {
    const bad = readPersonSheet(
      sheet(
        ['Display Name', 'First Name', 'Email', 'Primary Contact'],
        [
          ['Two', 'A', '', 'TRUE'],
          ['Two', 'B', '', 'TRUE'],
          ['Mail', 'C', 'not-an-email', ''],
        ],
      ),
    );
    if (!bad) throw new Error('not recognised');
    const { rows } = attachPersons([row('Two'), row('Mail')], bad, t);
    expect(rows[0]).toMatchObject({ input: null, errors: [expect.stringContaining('More than one primary contact person')] });
    expect(rows[1]).toMatchObject({ input: null, errors: [expect.stringContaining('“Contact Persons” cannot be imported')] });
  });

  it('refuses a customer with more contact persons than the API takes, saying so', () => {
    const many = (n: number, name: string) => Array.from({ length: n }, (_, i) => [name, `P${i}`, '']);
    const crowd = readPersonSheet(
      sheet(['Display Name', 'First Name', 'Email'], [...many(MAX_CONTACT_PERSONS + 1, 'Crowd'), ...many(MAX_CONTACT_PERSONS, 'Full')]),
    );
    if (!crowd) throw new Error('not recognised');
    const { rows } = attachPersons([row('Crowd'), row('Full')], crowd, t);
    expect(rows[0]).toMatchObject({ input: null, errors: ['More than 50 contact persons for this customer in the sheet “Contact Persons”.'] });
    expect(rows[1].input?.contact_persons).toHaveLength(MAX_CONTACT_PERSONS);
  });
});
