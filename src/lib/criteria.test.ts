import { describe, expect, it } from 'vitest';
import { customViewFieldTypes, type Criterion } from '../api/schemas';
import { compileCriteria, criteriaErrors, defaultCriteriaString, parseCriteriaString, type FieldValue } from './criteria';

const types = customViewFieldTypes([
  { api_name: 'cf_region', data_type: 'dropdown' },
  { api_name: 'cf_credit_limit', data_type: 'number' },
  { api_name: 'cf_contract_date', data_type: 'date' },
  { api_name: 'cf_customer_code', data_type: 'text' },
]);

type Row = Record<string, FieldValue>;
const read = (r: Row, f: string) => r[f];
const match = (criteria: Criterion[], pattern = '') => {
  expect(criteriaErrors(criteria, pattern, types)).toEqual([]);
  return compileCriteria(criteria, pattern, types, read);
};
const one = (c: Criterion, rows: Row[]) => rows.filter(match([c]));

describe('parseCriteriaString', () => {
  it('defaults to every row ANDed', () => {
    expect(defaultCriteriaString(3)).toBe('1 AND 2 AND 3');
    const p = parseCriteriaString('', 2);
    expect(p.ok && p.node).toEqual({
      kind: 'and',
      items: [
        { kind: 'row', row: 1 },
        { kind: 'row', row: 2 },
      ],
    });
    const none = parseCriteriaString('  ', 0);
    expect(none.ok && none.node).toBeNull();
  });

  it('binds AND tighter than OR, honours parentheses and any case', () => {
    const p = parseCriteriaString('1 or 2 AND 3', 3);
    expect(p.ok && p.node).toEqual({
      kind: 'or',
      items: [
        { kind: 'row', row: 1 },
        {
          kind: 'and',
          items: [
            { kind: 'row', row: 2 },
            { kind: 'row', row: 3 },
          ],
        },
      ],
    });
    const q = parseCriteriaString('(1 Or 2) and 3', 3);
    expect(q.ok && q.node).toEqual({
      kind: 'and',
      items: [
        {
          kind: 'or',
          items: [
            { kind: 'row', row: 1 },
            { kind: 'row', row: 2 },
          ],
        },
        { kind: 'row', row: 3 },
      ],
    });
    const nested = parseCriteriaString('((1))', 1);
    expect(nested.ok && nested.node).toEqual({ kind: 'row', row: 1 });
  });

  it.each([
    ['1 AND (2 OR 3', 3, 'not closed'],
    ['1 AND 2)', 2, 'no matching'],
    ['1 AND 4', 3, 'Row 4 does not exist'],
    ['0', 1, 'Row 0 does not exist'],
    ['1 2', 2, 'joined by AND or OR'],
    ['1 AND', 1, 'ends too early'],
    ['AND 1', 1, 'Expected a row number'],
    ['1 XOR 2', 2, 'is not a row number'],
    ['()', 1, 'Expected a row number'],
  ])('refuses %j', (text, rows, message) => {
    const p = parseCriteriaString(text, rows);
    expect(p.ok).toBe(false);
    expect(!p.ok && p.message).toContain(message);
  });
});

describe('criteriaErrors', () => {
  it('names the row and what is wrong with it', () => {
    const errors = criteriaErrors(
      [
        { field: 'nope', comparator: 'is', value: 'x' },
        { field: 'contact_name', comparator: 'greater_than', value: 'x' },
        { field: 'outstanding_receivable_amount', comparator: 'greater_than', value: 'lots' },
        { field: 'created_time', comparator: 'between', value: ['2026-01-01'] },
        { field: 'is_portal_enabled', comparator: 'is', value: 'yes' },
        { field: 'email', comparator: 'is_empty', value: 'x' },
        { field: 'cf_region', comparator: 'contains', value: 'x' },
        { field: 'status', comparator: 'is', value: '' },
      ],
      '',
      types,
    );
    expect(errors.map((e) => e.field)).toEqual([
      'criteria.0.field',
      'criteria.1.comparator',
      'criteria.2.value',
      'criteria.3.value',
      'criteria.4.value',
      'criteria.5.value',
      'criteria.6.comparator',
      'criteria.7.value',
    ]);
  });

  it('refuses a pattern that leaves rows out, or a reversed or invalid range', () => {
    const rows: Criterion[] = [
      { field: 'contact_name', comparator: 'contains', value: 'a' },
      { field: 'email', comparator: 'contains', value: 'b' },
    ];
    expect(criteriaErrors(rows, '1', types)).toEqual([{ field: 'criteria_string', message: expect.stringContaining('row 2') }]);
    expect(criteriaErrors(rows, '1 OR (2', types).map((e) => e.field)).toEqual(['criteria_string']);
    expect(criteriaErrors([], '1', types).map((e) => e.field)).toEqual(['criteria_string']);
    const bad = (c: Criterion) => criteriaErrors([c], '', types).map((e) => e.field);
    expect(bad({ field: 'payment_terms', comparator: 'between', value: [30, 15] })).toEqual(['criteria.0.value']);
    expect(bad({ field: 'created_time', comparator: 'after', value: '2026-02-30' })).toEqual(['criteria.0.value']);
    expect(bad({ field: 'payment_terms', comparator: 'is', value: Number.NaN })).toEqual(['criteria.0.value']);
    expect(bad({ field: 'payment_terms', comparator: 'between', value: ['1', '2'] })).toEqual(['criteria.0.value']);
    expect(bad({ field: 'email', comparator: 'is_not_empty' })).toEqual([]);
    expect(bad({ field: 'email', comparator: 'is_not_empty', value: null })).toEqual([]);
  });
});

describe('compileCriteria', () => {
  const people: Row[] = [
    { contact_name: 'Acme Ltd', email: 'ops@acme.example', payment_terms: 30, created_time: '2026-01-10T09:00:00.000+00:00', is_portal_enabled: true },
    { contact_name: 'ＡＣＭＥ Japan', email: '', payment_terms: 15, created_time: '2026-03-01T09:00:00.000+00:00', is_portal_enabled: false },
    { contact_name: 'Blue Sky', email: 'hi@blue.example', payment_terms: 0, created_time: '2026-02-15T23:59:00.000+00:00', is_portal_enabled: false },
  ];
  const names = (rows: Row[]) => rows.map((r) => r.contact_name);

  it('compares text case- and width-insensitively', () => {
    expect(names(one({ field: 'contact_name', comparator: 'contains', value: 'acme' }, people))).toEqual(['Acme Ltd', 'ＡＣＭＥ Japan']);
    expect(names(one({ field: 'contact_name', comparator: 'not_contains', value: 'ACME' }, people))).toEqual(['Blue Sky']);
    expect(names(one({ field: 'contact_name', comparator: 'is', value: ' acme ltd ' }, people))).toEqual(['Acme Ltd']);
    expect(names(one({ field: 'contact_name', comparator: 'is_not', value: 'acme ltd' }, people))).toEqual(['ＡＣＭＥ Japan', 'Blue Sky']);
    expect(names(one({ field: 'contact_name', comparator: 'starts_with', value: 'bl' }, people))).toEqual(['Blue Sky']);
    expect(names(one({ field: 'contact_name', comparator: 'ends_with', value: 'JAPAN' }, people))).toEqual(['ＡＣＭＥ Japan']);
    expect(names(one({ field: 'email', comparator: 'is_empty' }, people))).toEqual(['ＡＣＭＥ Japan']);
    expect(names(one({ field: 'email', comparator: 'is_not_empty' }, people))).toEqual(['Acme Ltd', 'Blue Sky']);
  });

  it('compares numbers', () => {
    expect(names(one({ field: 'payment_terms', comparator: 'greater_than', value: 15 }, people))).toEqual(['Acme Ltd']);
    expect(names(one({ field: 'payment_terms', comparator: 'less_than', value: 15 }, people))).toEqual(['Blue Sky']);
    expect(names(one({ field: 'payment_terms', comparator: 'between', value: [0, 15] }, people))).toEqual(['ＡＣＭＥ Japan', 'Blue Sky']);
    expect(names(one({ field: 'payment_terms', comparator: 'is', value: 0 }, people))).toEqual(['Blue Sky']);
    expect(names(one({ field: 'payment_terms', comparator: 'is_not', value: 0 }, people))).toEqual(['Acme Ltd', 'ＡＣＭＥ Japan']);
  });

  it('compares dates by day', () => {
    expect(names(one({ field: 'created_time', comparator: 'before', value: '2026-02-15' }, people))).toEqual(['Acme Ltd']);
    expect(names(one({ field: 'created_time', comparator: 'after', value: '2026-02-15' }, people))).toEqual(['ＡＣＭＥ Japan']);
    expect(names(one({ field: 'created_time', comparator: 'is', value: '2026-02-15' }, people))).toEqual(['Blue Sky']);
    expect(names(one({ field: 'created_time', comparator: 'is_not', value: '2026-02-15' }, people))).toEqual(['Acme Ltd', 'ＡＣＭＥ Japan']);
    expect(names(one({ field: 'created_time', comparator: 'between', value: ['2026-02-15', '2026-03-01'] }, people))).toEqual(['ＡＣＭＥ Japan', 'Blue Sky']);
  });

  it('compares booleans and choices exactly', () => {
    expect(names(one({ field: 'is_portal_enabled', comparator: 'is', value: true }, people))).toEqual(['Acme Ltd']);
    expect(names(one({ field: 'is_portal_enabled', comparator: 'is_not', value: true }, people))).toEqual(['ＡＣＭＥ Japan', 'Blue Sky']);
    const rows: Row[] = [{ status: 'active' }, { status: 'inactive' }, { status: 'Active' }];
    expect(one({ field: 'status', comparator: 'is', value: 'active' }, rows)).toEqual([{ status: 'active' }]);
    expect(one({ field: 'status', comparator: 'is_not', value: 'active' }, rows)).toHaveLength(2);
  });

  it('reads custom fields as cf_<api_name> with their types', () => {
    const rows: Row[] = [
      { cf_region: 'Kanto', cf_credit_limit: 5000, cf_contract_date: '2026-04-01', cf_customer_code: 'C-001' },
      { cf_region: 'Kansai', cf_credit_limit: '100', cf_contract_date: null, cf_customer_code: null },
    ];
    expect(one({ field: 'cf_region', comparator: 'is', value: 'Kansai' }, rows)).toEqual([rows[1]]);
    expect(one({ field: 'cf_credit_limit', comparator: 'greater_than', value: 1000 }, rows)).toEqual([rows[0]]);
    expect(one({ field: 'cf_credit_limit', comparator: 'less_than', value: 1000 }, rows)).toEqual([rows[1]]);
    expect(one({ field: 'cf_contract_date', comparator: 'is_empty' }, rows)).toEqual([rows[1]]);
    expect(one({ field: 'cf_contract_date', comparator: 'after', value: '2026-01-01' }, rows)).toEqual([rows[0]]);
    expect(one({ field: 'cf_customer_code', comparator: 'starts_with', value: 'c-' }, rows)).toEqual([rows[0]]);
  });

  it('combines rows by the pattern: precedence and parentheses', () => {
    const rows: Criterion[] = [
      { field: 'contact_name', comparator: 'contains', value: 'acme' },
      { field: 'email', comparator: 'is_empty' },
      { field: 'payment_terms', comparator: 'is', value: 0 },
    ];
    expect(names(people.filter(match(rows)))).toEqual([]);
    // 1 AND 2, OR 3
    expect(names(people.filter(match(rows, '1 AND 2 OR 3')))).toEqual(['ＡＣＭＥ Japan', 'Blue Sky']);
    // 1 AND (2 OR 3)
    expect(names(people.filter(match(rows, '1 AND (2 OR 3)')))).toEqual(['ＡＣＭＥ Japan']);
    expect(names(people.filter(match(rows, '3 or 1 and 2')))).toEqual(['ＡＣＭＥ Japan', 'Blue Sky']);
    expect(names(people.filter(match(rows, '(3 OR 1) AND 2')))).toEqual(['ＡＣＭＥ Japan']);
    expect(people.filter(match([]))).toHaveLength(3);
  });

  it('matches nothing for a field that no longer exists or a broken pattern', () => {
    const gone = compileCriteria([{ field: 'cf_gone', comparator: 'is', value: 'x' }], '', types, read);
    expect(people.filter(gone)).toEqual([]);
    const broken = compileCriteria([{ field: 'email', comparator: 'is_empty' }], '1 AND', types, read);
    expect(people.filter(broken)).toEqual([]);
  });
});
