import { describe, expect, it } from 'vitest';
import type { ContactPerson, Invoice } from '../../../api/schemas';
import { initialTo, recipientOptions, unpaidInvoices, unpaidListFileName } from './recipients';

const person = (p: Partial<ContactPerson>): ContactPerson => ({
  contact_person_id: '1',
  salutation: '',
  first_name: '',
  last_name: '',
  email: '',
  phone: '',
  mobile: '',
  designation: '',
  department: '',
  is_primary_contact: false,
  ...p,
});

const persons = [
  person({ contact_person_id: '1', first_name: 'Emily', last_name: 'Davis', email: 'emily@acme.example' }),
  person({ contact_person_id: '2', salutation: 'Mr.', first_name: 'John', last_name: 'Smith', email: 'john@acme.example', is_primary_contact: true }),
  person({ contact_person_id: '3', first_name: 'No', last_name: 'Mail' }),
  person({ contact_person_id: '4', first_name: 'Dup', email: 'EMILY@acme.example' }),
];

describe('recipients', () => {
  it('offers only persons with an address, primary first, each address once', () => {
    expect(recipientOptions(persons)).toEqual([
      { email: 'john@acme.example', name: 'Mr. John Smith', primary: true },
      { email: 'emily@acme.example', name: 'Emily Davis', primary: false },
    ]);
  });

  it('starts To with the primary person, or nobody when no one has an address', () => {
    expect(initialTo(persons)).toEqual(['john@acme.example']);
    expect(initialTo([persons[2]])).toEqual([]);
    expect(initialTo([])).toEqual([]);
  });

  it('lists unpaid invoices by due date and names the file after the customer', () => {
    const inv = (n: string, due: string, balance: number) => ({ invoice_number: n, due_date: due, balance }) as Invoice;
    expect(unpaidInvoices([inv('INV-3', '2026-06-01', 5), inv('INV-1', '2026-01-01', 0), inv('INV-2', '2026-03-01', 9)]).map((i) => i.invoice_number)).toEqual([
      'INV-2',
      'INV-3',
    ]);
    expect(unpaidListFileName('A/B: "C"')).toBe('Unpaid invoices - A_B_ _C_.pdf');
    expect(unpaidListFileName('Acme Inc.')).toBe('Unpaid invoices - Acme Inc.pdf');
    expect(unpaidListFileName(' ... ')).toBe('Unpaid invoices - customer.pdf');
  });
});
