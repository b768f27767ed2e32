import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { coerceScalars } from './coerce';
import { contactInputSchema } from './contact';
import { invoiceInputSchema } from './transactions';

describe('coerceScalars', () => {
  const schema = z.object({
    flag: z._default(z.boolean(), false),
    days: z.optional(z.number().check(z.int())),
    text: z.string(),
    either: z.union([z.string(), z.number(), z.null()]),
    onlyNumber: z.optional(z.nullable(z.number())),
    lit: z.optional(z.literal(true)),
    list: z.optional(z.array(z.object({ on: z.boolean(), n: z.number() }))),
    pair: z.optional(z.tuple([z.number(), z.boolean()])),
    byKey: z.optional(z.record(z.string(), z.number())),
    piped: z.optional(
      z.pipe(
        z.number(),
        z.transform((n) => n * 2),
      ),
    ),
  });

  it('turns "true"/"false" and plain numerals into what the schema expects there', () => {
    const out = coerceScalars(schema, {
      flag: 'true',
      days: '30',
      text: '30',
      either: '30',
      onlyNumber: '-1.5',
      lit: 'true',
      list: [{ on: 'false', n: '007' }],
      pair: ['2', 'true'],
      byKey: { a: '1' },
      piped: '4',
    });
    expect(out).toEqual({
      flag: true,
      days: 30,
      text: '30',
      either: '30',
      onlyNumber: -1.5,
      lit: true,
      list: [{ on: false, n: 7 }],
      pair: [2, true],
      byKey: { a: 1 },
      piped: 4,
    });
    expect(schema.safeParse(out).success).toBe(true);
  });

  it('leaves anything else for the schema to refuse', () => {
    for (const bad of ['yes', 'TRUE', '1', '', ' true']) expect(coerceScalars(schema, { flag: bad })).toEqual({ flag: bad });
    for (const bad of ['1e3', '0x1F', ' 30', '+30', '.5', '30.', 'NaN', 'Infinity', '', '3 0']) {
      expect(coerceScalars(schema, { days: bad }), bad).toEqual({ days: bad });
    }
    expect(coerceScalars(schema, { days: true, flag: 1 })).toEqual({ days: true, flag: 1 });
    expect(coerceScalars(schema, 'not an object')).toBe('not an object');
  });

  it('returns the very object when nothing changes, and keeps the keys sent (and only those)', () => {
    const input = { text: 'x', flag: false };
    expect(coerceScalars(schema, input)).toBe(input);
    const sent = { flag: 'true', extra: 'kept' };
    const out = coerceScalars(schema, sent);
    expect(out).toEqual({ flag: true, extra: 'kept' });
    expect(Object.keys(out as object)).toEqual(['flag', 'extra']);
    expect(sent.flag).toBe('true');
  });

  it('reaches the contract’s input schemas: contacts, persons, invoice lines', () => {
    const contact = coerceScalars(contactInputSchema, {
      contact_name: 'Acme',
      payment_terms: '30',
      is_portal_enabled: 'false',
      phone: '0312345678',
      contact_persons: [{ first_name: 'Ann', is_primary_contact: 'true' }],
      custom_fields: [{ customfield_id: '1', value: '42' }],
    });
    expect(contact).toMatchObject({
      payment_terms: 30,
      is_portal_enabled: false,
      phone: '0312345678',
      contact_persons: [{ is_primary_contact: true }],
      custom_fields: [{ value: '42' }],
    });
    const invoice = coerceScalars(invoiceInputSchema, { customer_id: '1', line_items: [{ name: 'A', rate: '30.50', quantity: '2' }] });
    expect(invoice).toMatchObject({ line_items: [{ rate: 30.5, quantity: 2 }] });
  });
});
