/**
 * The detail page's "Merge": pick the customer this one merges into ("Merge into", same
 * currency only) → "Merge customers?" → the master's page. This customer is merged away.
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Contact, ContactSummary } from '../../../api/schemas';
import { Dialog, type ActionDialogProps } from '../../../components/ui/Dialog';
import { formatMoney } from '../../../lib/format';
import { useLocaleStore, useT } from '../../../lib/i18n';
import { useActingUser } from '../../../api/queries/reference';
import { roleReason } from '../../../lib/role-reasons';
import { MergeConfirm } from './MergeConfirm';
import { MergeIntoCombobox } from './MergeIntoCombobox';
import { mergeImpact } from './merge-impact';
import { useCandidateFacts } from './use-candidate-facts';
import styles from './Merge.module.css';

const NO_IDS: string[] = [];

export function MergeIntoDialog({ context: from, onOpenChange }: ActionDialogProps<Contact>) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const navigate = useNavigate();
  const me = useActingUser().data;
  const [target, setTarget] = useState<ContactSummary | null>(null);
  const [confirming, setConfirming] = useState(false);
  const ids = target ? [target.contact_id, from.contact_id] : NO_IDS;
  const { facts, pending, error } = useCandidateFacts(ids);
  const impact = target && !pending ? mergeImpact(facts, target.contact_id) : null;
  const forbidden = me ? roleReason('merge', me) : null;
  const close = () => onOpenChange(false);

  if (confirming && impact) {
    return (
      <MergeConfirm
        impact={impact}
        onBack={() => setConfirming(false)}
        onMerged={(id) => {
          close();
          void navigate(`/customers/${id}`);
        }}
      />
    );
  }
  return (
    <Dialog
      open
      onOpenChange={(o) => !o && close()}
      title={t('merge.title')}
      description={t('merge.into.intro', { name: from.contact_name })}
      footer={
        <>
          <button type="button" className="btn" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={!impact || !!forbidden || !!error} onClick={() => setConfirming(true)}>
            {t('merge.continue')}
          </button>
        </>
      }
    >
      {forbidden && <p className="notice">{forbidden}</p>}
      <MergeIntoCombobox from={from} value={target} onChange={setTarget} />
      {target && (
        <p className={styles.chosen}>
          {t('merge.into.chosen', {
            name: target.contact_name,
            currency: target.currency_code,
            receivables: formatMoney(target.outstanding_receivable_amount, target.currency_code, locale),
          })}
        </p>
      )}
      {error && (
        <p role="alert" className={styles.error}>
          {t('merge.loadFailed', { message: error.message })}
        </p>
      )}
    </Dialog>
  );
}
