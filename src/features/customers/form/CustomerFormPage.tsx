import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { contactQueries } from '../../../api/queries/contacts';
import { referenceQueries, useActingUser } from '../../../api/queries/reference';
import { useT } from '../../../lib/i18n';
import { CustomerForm } from './CustomerForm';

/** /customers/new and /customers/:id/edit: load what the form needs, then show it. */
export function CustomerFormPage() {
  const t = useT();
  const { id } = useParams();
  const qc = useQueryClient();
  const contact = useQuery({ ...contactQueries.detail(id ?? ''), enabled: !!id, staleTime: 0 });
  const [currencies, terms, pricebooks, users, customFields, prefs] = useQueries({
    queries: [
      referenceQueries.currencies(),
      referenceQueries.paymentTerms(),
      referenceQueries.pricebooks(),
      referenceQueries.users(),
      referenceQueries.customFields(),
      referenceQueries.preferences(),
    ],
  });
  const me = useActingUser();
  const all = [currencies, terms, pricebooks, users, customFields, me, prefs];
  const failed = all.find((q) => q.isError) ?? (id && contact.isError ? contact : undefined);

  const title = id ? t('form.editTitle', { name: contact.data?.contact_name ?? '' }) : t('form.newTitle');

  if (failed?.error) {
    const notFound = isApiError(failed.error) && failed.error.status === 404;
    return (
      <main className="page stack">
        <h1>{notFound ? t('detail.notFound.title') : t('app.crashed.title')}</h1>
        <p role="alert">{notFound ? t('detail.notFound.body') : failed.error.message}</p>
        <Link to="/customers">{t('detail.backToList')}</Link>
      </main>
    );
  }
  const ready = all.every((q) => q.data) && (!id || contact.data);
  return (
    <main className="page stack">
      <h1>{title}</h1>
      {!ready ? (
        <p role="status">{t('form.loading')}</p>
      ) : (
        <CustomerForm
          key={id ?? 'new'}
          contact={contact.data}
          defaultCurrencyId={prefs.data!.base_currency_id}
          ref_={{
            currencies: currencies.data!,
            terms: terms.data!,
            pricebooks: pricebooks.data!,
            users: users.data!,
            customFields: customFields.data!,
            me: me.data!,
          }}
          onReloadContact={async () => {
            if (!id) return undefined;
            return qc.fetchQuery({ ...contactQueries.detail(id), staleTime: 0 });
          }}
        />
      )}
    </main>
  );
}
