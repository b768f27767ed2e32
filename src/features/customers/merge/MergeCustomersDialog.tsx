/**
 * "Merge Customers" for two or more customers (from the list selection or a duplicate group):
 * choose the master among radios → "Continue" → "Merge customers?" → merge → the master's page.
 * Mixed currencies, an already-merged customer or an inactive master keep "Continue" disabled
 * and say why.
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Dialog } from '../../../components/ui/Dialog';
import { useT } from '../../../lib/i18n';
import { useActingUser } from '../../../api/queries/reference';
import { roleReason } from '../../../lib/role-reasons';
import { CandidateList } from './CandidateList';
import { MergeConfirm } from './MergeConfirm';
import { defaultMasterId, mergeBlock, mergeImpact, type MergeBlock } from './merge-impact';
import { useCandidateFacts } from './use-candidate-facts';
import styles from './Merge.module.css';

interface Props {
  ids: string[];
  onClose: () => void;
  /** After a merge, before navigating (e.g. clear the list selection). */
  onMerged?: () => void;
}

function BlockNotice({ block }: { block: MergeBlock }) {
  const t = useT();
  const text =
    block.kind === 'mixed'
      ? t('merge.mixedCurrencies', { list: block.currencies.map((c) => c.code).join(t('merge.nameSeparator')) })
      : block.kind === 'merged'
        ? t('merge.alreadyMergedNames', { names: block.names.join(t('merge.nameSeparator')) })
        : block.kind === 'masterInactive'
          ? t('merge.masterInactive', { name: block.name })
          : t('merge.tooFew');
  return <p className="notice">{text}</p>;
}

export function MergeCustomersDialog({ ids, onClose, onMerged }: Props) {
  const t = useT();
  const navigate = useNavigate();
  const me = useActingUser().data;
  const { facts, pending, error } = useCandidateFacts(ids);
  const [chosen, setChosen] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const masterId = chosen ?? defaultMasterId(facts) ?? ids[0] ?? '';
  const forbidden = me ? roleReason('merge', me) : null;
  const block = pending ? null : mergeBlock(facts, masterId);
  const impact = mergeImpact(facts, masterId);

  if (confirming && impact) {
    return (
      <MergeConfirm
        impact={impact}
        onBack={() => setConfirming(false)}
        onMerged={(id) => {
          onMerged?.();
          onClose();
          void navigate(`/customers/${id}`);
        }}
      />
    );
  }
  return (
    <Dialog
      open
      wide
      onOpenChange={(o) => !o && onClose()}
      title={t('merge.title')}
      description={t('merge.intro')}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={pending || !!error || !!block || !!forbidden || !impact}
            onClick={() => setConfirming(true)}
          >
            {t('merge.continue')}
          </button>
        </>
      }
    >
      {forbidden && <p className="notice">{forbidden}</p>}
      {block && <BlockNotice block={block} />}
      {error && (
        <p role="alert" className={styles.error}>
          {t('merge.loadFailed', { message: error.message })}
        </p>
      )}
      {pending ? <p role="status">{t('merge.loading')}</p> : <CandidateList candidates={facts} masterId={masterId} onChoose={setChosen} />}
    </Dialog>
  );
}
