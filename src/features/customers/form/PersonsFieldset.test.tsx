// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { MAX_CONTACT_PERSONS } from '../../../api/limits';
import { blankPerson, emptyValues, type FormValues } from './form-values';
import { PersonsFieldset } from './PersonsFieldset';

function Harness({ others }: { others: number }) {
  const { control, register } = useForm<FormValues>({
    defaultValues: { ...emptyValues({ currency_id: '1' }), persons: Array.from({ length: others }, blankPerson) },
  });
  return <PersonsFieldset control={control} register={register} errors={{}} />;
}

describe('contact persons on the customer form', () => {
  afterEach(cleanup);

  it(`stops adding at ${MAX_CONTACT_PERSONS} persons (the primary contact included) and says why`, () => {
    render(<Harness others={MAX_CONTACT_PERSONS - 2} />);
    // getByText, not getByRole: the accessibility tree of 49 persons is slow to compute in jsdom.
    const add = screen.getByText('+ Add contact person');
    expect(add.hasAttribute('disabled')).toBe(false);
    fireEvent.click(add);
    expect(document.querySelectorAll('fieldset fieldset')).toHaveLength(MAX_CONTACT_PERSONS - 1);
    expect(add.hasAttribute('disabled')).toBe(true);
    const hint = document.getElementById(add.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('A customer can have at most 50 contact persons, the primary contact included.');
    // Removing one makes room again.
    fireEvent.click(screen.getByText('Remove contact person 1'));
    expect(add.hasAttribute('disabled')).toBe(false);
  });
});
