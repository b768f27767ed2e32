import { useQuery } from '@tanstack/react-query';
import type { Address, Contact } from '../../../api/schemas';
import { referenceQueries } from '../../../api/queries/reference';
import { formatMoney } from '../../../lib/format';
import { useLocaleStore, useT } from '../../../lib/i18n';
import { ContactPersonsCard } from './ContactPersonsCard';
import { RemindersCard } from './RemindersCard';
import styles from './CustomerDetail.module.css';

function formatAddress(a: Address): string {
  return [a.attention, a.address, a.street2, [a.city, a.state, a.zip].filter(Boolean).join(' '), a.country, a.phone].filter((x) => x && x.trim()).join('\n');
}

export function OverviewTab({ contact: c }: { contact: Contact }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const pricebooks = useQuery(referenceQueries.pricebooks());
  const templates = useQuery(referenceQueries.templates());
  const none = t('detail.value.none');
  const templateName = (id: string) => templates.data?.find((x) => x.template_id === id)?.template_name ?? none;
  const money = (n: number) => formatMoney(n, c.currency_code, locale);
  const row = (label: string, value: React.ReactNode) => (
    <>
      <dt>{label}</dt>
      <dd>{value || none}</dd>
    </>
  );

  return (
    <div className={styles.grid}>
      <section className={styles.card} aria-labelledby="ov-contact">
        <h2 id="ov-contact">{t('detail.section.contact')}</h2>
        <dl className={styles.dl}>
          {row(t('detail.field.type'), t(`detail.value.${c.customer_sub_type}`))}
          {row(t('detail.field.company'), c.company_name)}
          {row(t('detail.field.email'), c.email && <a href={`mailto:${c.email}`}>{c.email}</a>)}
          {row(t('detail.field.phone'), c.phone)}
          {row(t('detail.field.mobile'), c.mobile)}
          {row(t('detail.field.website'), c.website)}
        </dl>
      </section>

      <section className={styles.card} aria-labelledby="ov-receivables">
        <h2 id="ov-receivables">{t('detail.section.receivables')}</h2>
        <dl className={styles.dl}>
          {row(t('detail.field.outstanding'), <span className="num">{money(c.outstanding_receivable_amount)}</span>)}
          {row(t('detail.field.overdue'), <span className="num">{money(c.overdue_amount ?? 0)}</span>)}
          {row(t('detail.field.credits'), <span className="num">{money(c.unused_credits_receivable_amount)}</span>)}
        </dl>
      </section>

      <ContactPersonsCard contact={c} />

      <section className={styles.card} aria-labelledby="ov-billing">
        <h2 id="ov-billing">{t('detail.section.billing')}</h2>
        <p className={styles.address}>{formatAddress(c.billing_address) || t('detail.noAddress')}</p>
        <h2 id="ov-shipping" style={{ marginTop: 'var(--space-3)' }}>
          {t('detail.section.shipping')}
        </h2>
        <p className={styles.address}>{formatAddress(c.shipping_address) || t('detail.noAddress')}</p>
      </section>

      <section className={styles.card} aria-labelledby="ov-other">
        <h2 id="ov-other">{t('detail.section.other')}</h2>
        <dl className={styles.dl}>
          {row(t('detail.field.currency'), c.currency_code)}
          {row(t('detail.field.terms'), c.payment_terms_label)}
          {row(t('detail.field.pricebook'), pricebooks.data?.find((p) => p.pricebook_id === c.pricebook_id)?.name)}
          {row(t('detail.field.language'), c.language_code)}
          {row(t('detail.field.portal'), c.is_portal_enabled ? t('detail.value.enabled') : t('detail.value.disabled'))}
          {row(t('detail.field.owner'), c.owner_name || t('detail.value.noOwner'))}
          {row(t('detail.field.invoiceTemplate'), templateName(c.default_templates.invoice_template_id))}
          {row(t('detail.field.statementTemplate'), templateName(c.default_templates.statement_template_id))}
          {row(t('detail.field.statementEmailTemplate'), templateName(c.default_templates.statement_email_template_id))}
        </dl>
      </section>

      <RemindersCard contact={c} />

      {c.custom_fields.length > 0 && (
        <section className={styles.card} aria-labelledby="ov-custom">
          <h2 id="ov-custom">{t('detail.section.customFields')}</h2>
          <dl className={styles.dl}>
            {c.custom_fields.map((f) => (
              <FragmentRow key={f.customfield_id} label={f.label ?? f.customfield_id} value={f.value === null ? '' : String(f.value)} none={none} />
            ))}
          </dl>
        </section>
      )}

      {c.notes && (
        <section className={styles.card} aria-labelledby="ov-notes">
          <h2 id="ov-notes">{t('detail.section.remarks')}</h2>
          <p className={styles.address}>{c.notes}</p>
        </section>
      )}
    </div>
  );
}

function FragmentRow({ label, value, none }: { label: string; value: string; none: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value || none}</dd>
    </>
  );
}
