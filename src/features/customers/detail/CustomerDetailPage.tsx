/**
 * The customer page: heading, state badges, actions, and tabs whose URLs are
 * /customers/:id[/transactions|/statement|/history|/mails].
 */
import { useEffect, type ComponentType } from 'react';
import * as Tabs from '@radix-ui/react-tabs';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { contactQueries } from '../../../api/queries/contacts';
import { isApiError } from '../../../api/client';
import type { Contact } from '../../../api/schemas';
import { useT } from '../../../lib/i18n';
import { DetailHeader, type DetailAction } from './DetailHeader';
import { OverviewTab } from './OverviewTab';
import { TransactionsTab } from './TransactionsTab';
import { StatementTab, type StatementToolbarProps } from './StatementTab';
import { HistoryTab } from './HistoryTab';
import { MailsTab } from './MailsTab';
import styles from './CustomerDetail.module.css';

const tabs = ['overview', 'transactions', 'statement', 'history', 'mails'] as const;
type Tab = (typeof tabs)[number];

interface Props {
  /** "More actions" for this customer, in menu order (the flows are composed by src/app). */
  moreActions: (c: Contact) => DetailAction[];
  /** The Statement tab's PDF buttons (features/statements). */
  StatementToolbar: ComponentType<StatementToolbarProps>;
}

export function CustomerDetailPage({ moreActions, StatementToolbar }: Props) {
  const t = useT();
  const { id = '', tab: rawTab } = useParams();
  const navigate = useNavigate();
  const tab: Tab = (tabs as readonly string[]).includes(rawTab ?? '') ? (rawTab as Tab) : 'overview';
  const contact = useQuery(contactQueries.detail(id));

  useEffect(() => {
    if (contact.data) document.title = `${contact.data.contact_name} · ${t('list.title')}`;
  }, [contact.data, t]);

  if (contact.isPending) {
    return (
      <main className="page" aria-busy="true">
        <p role="status">{t('detail.loading')}</p>
      </main>
    );
  }
  if (contact.isError) {
    const notFound = isApiError(contact.error) && contact.error.status === 404;
    return (
      <main className="page stack">
        <h1>{notFound ? t('detail.notFound.title') : t('app.crashed.title')}</h1>
        <p role={notFound ? undefined : 'alert'}>{notFound ? t('detail.notFound.body') : t('detail.loadFailed', { message: contact.error.message })}</p>
        <div className="row">
          {!notFound && (
            <button type="button" className="btn btn-primary" onClick={() => void contact.refetch()}>
              {t('common.retry')}
            </button>
          )}
          <Link to="/customers">{t('detail.backToList')}</Link>
        </div>
      </main>
    );
  }

  const c = contact.data;
  return (
    <main className={`page ${styles.page}`}>
      <DetailHeader contact={c} actions={moreActions(c)} />
      <Tabs.Root value={tab} onValueChange={(v) => navigate(v === 'overview' ? `/customers/${id}` : `/customers/${id}/${v}`)} activationMode="manual">
        <Tabs.List className={styles.tabList} aria-label={t('detail.tabs')}>
          {tabs.map((name) => (
            <Tabs.Trigger key={name} value={name} className={styles.tab}>
              {t(`detail.tab.${name}`)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        <Tabs.Content value="overview" className={styles.panel}>
          <OverviewTab contact={c} />
        </Tabs.Content>
        <Tabs.Content value="transactions" className={styles.panel}>
          <TransactionsTab contactId={c.contact_id} />
        </Tabs.Content>
        <Tabs.Content value="statement" className={styles.panel}>
          <StatementTab contact={c} Toolbar={StatementToolbar} />
        </Tabs.Content>
        <Tabs.Content value="history" className={styles.panel}>
          <HistoryTab contactId={c.contact_id} />
        </Tabs.Content>
        <Tabs.Content value="mails" className={styles.panel}>
          <MailsTab contactId={c.contact_id} />
        </Tabs.Content>
      </Tabs.Root>
    </main>
  );
}
