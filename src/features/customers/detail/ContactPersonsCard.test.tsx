// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MAX_CONTACT_PERSONS } from '../../../api/limits';
import { insertContact } from '../../../../mocks/db/builders';
import { toContact } from '../../../../mocks/rules/contact-view';
import { db, reset } from '../../../../mocks/runtime';
import { ContactPersonsCard } from './ContactPersonsCard';

const withPersons = (name: string, n: number) =>
  toContact(
    db,
    db.transactSync((tx) =>
      insertContact(
        tx,
        { contact_name: name },
        Array.from({ length: n }, (_, i) => ({ first_name: `P${i + 1}` })),
      ),
    ),
  );

function renderCard(n: number) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ContactPersonsCard contact={withPersons(`C${n}`, n)} />
    </QueryClientProvider>,
  );
  return screen.getByText('+ Add contact person').closest('button');
}

describe('contact persons on the Overview', () => {
  beforeAll(() => reset('empty'));
  afterEach(cleanup);

  it(`offers no Add beyond ${MAX_CONTACT_PERSONS} persons and says why`, () => {
    const add = renderCard(MAX_CONTACT_PERSONS);
    expect(add?.hasAttribute('disabled')).toBe(true);
    expect(document.getElementById(add?.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'A customer can have at most 50 contact persons, the primary contact included.',
    );
    cleanup();
    expect(renderCard(MAX_CONTACT_PERSONS - 1)?.hasAttribute('disabled')).toBe(false);
  });
});
