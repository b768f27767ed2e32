import { describe, expect, it } from 'vitest';
import { coerceCustomValue, mergeCustomFields } from './custom-fields';
import { testDb } from './rule-fixtures';

describe('custom fields', () => {
  const db = testDb();
  const def = (id: string) => {
    const d = db.tables.customFields.get(id);
    if (!d) throw new Error(id);
    return d;
  };

  it('coerces by data type', () => {
    expect(coerceCustomValue(def('1'), ' A-1 ')).toEqual({ ok: true, value: 'A-1' });
    expect(coerceCustomValue(def('1'), 'x'.repeat(256)).ok).toBe(false);
    expect(coerceCustomValue(def('3'), '1,250.5')).toEqual({ ok: true, value: 1250.5 });
    expect(coerceCustomValue(def('3'), 'ten').ok).toBe(false);
    expect(coerceCustomValue(def('4'), '2026-02-28')).toEqual({ ok: true, value: '2026-02-28' });
    expect(coerceCustomValue(def('4'), '2026-02-30').ok).toBe(false);
    expect(coerceCustomValue(def('2'), 'Kansai')).toEqual({ ok: true, value: 'Kansai' });
    expect(coerceCustomValue(def('2'), 'kansai').ok).toBe(false);
  });

  it('merges: sets, clears with null or empty, keeps what is not mentioned', () => {
    const current = [
      { customfield_id: '1', label: 'Customer Code', value: 'C1' },
      { customfield_id: '2', label: 'Region', value: 'Kanto' },
    ];
    const { values, errors } = mergeCustomFields(db, current, [
      { customfield_id: '2', value: null },
      { customfield_id: '3', value: 5 },
      { customfield_id: '9', value: 'x' },
    ]);
    expect(values).toEqual([
      { customfield_id: '1', label: 'Customer Code', value: 'C1' },
      { customfield_id: '3', label: 'Credit Limit', value: 5 },
    ]);
    expect(errors.map((e) => e.field)).toEqual(['custom_fields.2.customfield_id']);
  });
});
