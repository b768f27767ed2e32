/** Reference data: users, currencies, payment terms, price lists, custom fields, templates, settings. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { requestKey } from '../client';
import {
  currencySchema,
  customFieldSchema,
  paymentTermSchema,
  preferencesSchema,
  pricebookSchema,
  templateSchema,
  userSchema,
  type TemplateDocument,
  type TemplateKind,
} from '../schemas';

/** Reference data rarely changes: keep it fresh for five minutes. */
const STALE = 5 * 60_000;

export const referenceKeys = {
  all: ['reference'] as const,
  users: () => [...referenceKeys.all, 'users'] as const,
  me: () => [...referenceKeys.all, 'me'] as const,
  currencies: () => [...referenceKeys.all, 'currencies'] as const,
  paymentTerms: () => [...referenceKeys.all, 'payment-terms'] as const,
  pricebooks: () => [...referenceKeys.all, 'pricebooks'] as const,
  customFields: () => [...referenceKeys.all, 'custom-fields'] as const,
  preferences: () => [...referenceKeys.all, 'preferences'] as const,
  /** Every templates query, whatever its kind and document. */
  templateLists: () => [...referenceKeys.all, 'templates'] as const,
  templates: (kind?: TemplateKind, document?: TemplateDocument) => [...referenceKeys.templateLists(), { kind, document }] as const,
};

export const referenceQueries = {
  users: () =>
    queryOptions({
      queryKey: referenceKeys.users(),
      staleTime: STALE,
      queryFn: ({ signal }) => requestKey('/users', 'users', z.array(userSchema), { signal }),
    }),
  me: () => queryOptions({ queryKey: referenceKeys.me(), queryFn: ({ signal }) => requestKey('/users/me', 'user', userSchema, { signal }) }),
  currencies: () =>
    queryOptions({
      queryKey: referenceKeys.currencies(),
      staleTime: STALE,
      queryFn: ({ signal }) => requestKey('/currencies', 'currencies', z.array(currencySchema), { signal }),
    }),
  paymentTerms: () =>
    queryOptions({
      queryKey: referenceKeys.paymentTerms(),
      staleTime: STALE,
      queryFn: ({ signal }) => requestKey('/settings/paymentterms', 'payment_terms', z.array(paymentTermSchema), { signal }),
    }),
  pricebooks: () =>
    queryOptions({
      queryKey: referenceKeys.pricebooks(),
      staleTime: STALE,
      queryFn: ({ signal }) => requestKey('/pricebooks', 'pricebooks', z.array(pricebookSchema), { signal }),
    }),
  customFields: () =>
    queryOptions({
      queryKey: referenceKeys.customFields(),
      staleTime: STALE,
      queryFn: ({ signal }) => requestKey('/settings/customfields', 'customfields', z.array(customFieldSchema), { signal, query: { entity: 'contact' } }),
    }),
  preferences: () =>
    queryOptions({
      queryKey: referenceKeys.preferences(),
      staleTime: STALE,
      queryFn: ({ signal }) => requestKey('/settings/preferences', 'preferences', preferencesSchema, { signal }),
    }),
  templates: (kind?: TemplateKind, document?: TemplateDocument) =>
    queryOptions({
      queryKey: referenceKeys.templates(kind, document),
      staleTime: STALE,
      queryFn: ({ signal }) => requestKey('/templates', 'templates', z.array(templateSchema), { signal, query: { kind, document } }),
    }),
};

/**
 * The one way a component gets the acting user (GET /users/me): `.data` is the user once known;
 * the query's state is there for a page that waits for it or reports its failure.
 */
export function useActingUser() {
  return useQuery(referenceQueries.me());
}
