/**
 * "Merge customers?": says plainly that it cannot be undone and what will happen (N invoices,
 * M payments and K emails move to the master; the others become inactive), then merges.
 */
import { isApiError } from '../../../api/client';
import { useMergeContacts } from '../../../api/queries/contact-merge';
import { ErrorCode } from '../../../api/schemas';
import { ConfirmDialog } from '../../../components/ui/Dialog';
import { toast } from '../../../components/ui/toast-store';
import { formatNumber } from '../../../lib/format';
import { useLocaleStore, useT, type MessageKey } from '../../../lib/i18n';
import type { MergeImpact } from './merge-impact';
import styles from './Merge.module.css';

interface Props {
  impact: MergeImpact;
  /** Cancel: back to choosing. */
  onBack: () => void;
  /** Merged: the master's id (the caller closes and navigates there). */
  onMerged: (masterId: string) => void;
}

export function MergeConfirm({ impact, onBack, onMerged }: Props) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const merge = useMergeContacts();
  const plural = (n: number, one: MessageKey, other: MessageKey) => t(n === 1 ? one : other, { count: formatNumber(n, locale) });
  const others = impact.others.map((o) => o.name).join(t('merge.nameSeparator'));
  const run = () =>
    merge.mutate(
      { master_contact_id: impact.master.id, contact_ids: impact.others.map((o) => o.id) },
      {
        onSuccess: () => {
          toast.success(t('merge.done', { names: others, master: impact.master.name }));
          onMerged(impact.master.id);
        },
      },
    );
  return (
    <ConfirmDialog
      open
      onOpenChange={(o) => !o && !merge.isPending && onBack()}
      title={t('merge.confirmTitle')}
      description={t('merge.irreversible')}
      confirmLabel={t('merge.confirm')}
      cancelLabel={t('common.cancel')}
      destructive
      busy={merge.isPending}
      onConfirm={run}
    >
      <ul className={styles.impact}>
        <li>
          {t('merge.moves', {
            invoices: plural(impact.invoices, 'merge.count.invoices.one', 'merge.count.invoices'),
            payments: plural(impact.payments, 'merge.count.payments.one', 'merge.count.payments'),
            emails: plural(impact.emails, 'merge.count.emails.one', 'merge.count.emails'),
            master: impact.master.name,
          })}
        </li>
        <li>{t('merge.historyMoves', { master: impact.master.name })}</li>
        <li>{t(impact.others.length === 1 ? 'merge.becomeInactive.one' : 'merge.becomeInactive', { names: others, master: impact.master.name })}</li>
      </ul>
      {merge.isError && (
        <p role="alert" className={styles.error}>
          {isApiError(merge.error) && merge.error.code === ErrorCode.masterInactive
            ? t('merge.masterInactive', { name: impact.master.name })
            : t('merge.failed', { message: merge.error.message })}
        </p>
      )}
    </ConfirmDialog>
  );
}
