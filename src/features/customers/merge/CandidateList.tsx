/** The merge candidates as radios (named by display name) with the facts that help choose the master. */
import { useId } from 'react';
import { formatMoney, formatNumber } from '../../../lib/format';
import { useLocaleStore, useT, type MessageKey } from '../../../lib/i18n';
import type { CandidateFacts } from './merge-impact';
import styles from './Merge.module.css';

interface Props {
  candidates: CandidateFacts[];
  masterId: string;
  onChoose: (id: string) => void;
}

export function CandidateList({ candidates, masterId, onChoose }: Props) {
  const t = useT();
  const id = useId();
  const locale = useLocaleStore((s) => s.locale);
  const plural = (n: number, one: MessageKey, other: MessageKey) => t(n === 1 ? one : other, { count: formatNumber(n, locale) });
  return (
    <fieldset className={styles.candidates}>
      <legend className={styles.legend}>{t('merge.chooseMaster')}</legend>
      {candidates.map((c) => {
        const nameId = `${id}-${c.id}-name`;
        const factsId = `${id}-${c.id}-facts`;
        return (
          <label key={c.id} className={styles.candidate}>
            <input
              type="radio"
              name={`${id}-master`}
              value={c.id}
              checked={masterId === c.id}
              onChange={() => onChoose(c.id)}
              aria-labelledby={nameId}
              aria-describedby={factsId}
            />
            <span className={styles.nameLine}>
              <span id={nameId} className={styles.name}>
                {c.name}
              </span>
              {c.email && <span className={styles.email}>{c.email}</span>}
            </span>
            <dl id={factsId} className={styles.facts}>
              <div>
                <dt>{t('merge.fact.currency')}</dt>
                <dd>{c.currencyCode}</dd>
              </div>
              <div>
                <dt>{t('merge.fact.receivables')}</dt>
                <dd>{formatMoney(c.receivable, c.currencyCode, locale)}</dd>
              </div>
              <div>
                <dt>{t('merge.fact.transactions')}</dt>
                <dd>
                  {plural(c.invoices, 'merge.count.invoices.one', 'merge.count.invoices')}
                  {t('merge.listSeparator')}
                  {plural(c.payments, 'merge.count.payments.one', 'merge.count.payments')}
                </dd>
              </div>
              <div>
                <dt>{t('merge.fact.emails')}</dt>
                <dd>{formatNumber(c.emails, locale)}</dd>
              </div>
              <div>
                <dt>{t('merge.fact.portal')}</dt>
                <dd>{t(c.portal ? 'merge.portal.on' : 'merge.portal.off')}</dd>
              </div>
            </dl>
            {masterId === c.id && (
              <span className={styles.keep} aria-hidden="true">
                {t('merge.keeps')}
              </span>
            )}
          </label>
        );
      })}
    </fieldset>
  );
}
