/** Reference data the import resolves names against (currencies, terms, price lists, users, custom fields). */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { referenceQueries } from '../../api/queries/reference';
import { translate } from '../../lib/i18n';
// Japanese type words are accepted whatever the UI language, so this page bundles that catalogue.
import { ja } from '../../lib/i18n/ja';
import type { ImportRefs } from './row-builder';

export function useImportRefs(): { refs: ImportRefs | null; error: Error | null } {
  const currencies = useQuery(referenceQueries.currencies());
  const paymentTerms = useQuery(referenceQueries.paymentTerms());
  const pricebooks = useQuery(referenceQueries.pricebooks());
  const users = useQuery(referenceQueries.users());
  const customFields = useQuery(referenceQueries.customFields());
  const refs = useMemo<ImportRefs | null>(() => {
    if (!currencies.data || !paymentTerms.data || !pricebooks.data || !users.data || !customFields.data) return null;
    return {
      currencies: currencies.data,
      paymentTerms: paymentTerms.data,
      pricebooks: pricebooks.data,
      users: users.data,
      customFields: customFields.data,
      typeWords: {
        business: [translate('en', 'export.value.business'), ja['export.value.business'] ?? ''],
        individual: [translate('en', 'export.value.individual'), ja['export.value.individual'] ?? ''],
      },
    };
  }, [currencies.data, paymentTerms.data, pricebooks.data, users.data, customFields.data]);
  const error = currencies.error ?? paymentTerms.error ?? pricebooks.error ?? users.error ?? customFields.error ?? null;
  return { refs, error };
}
