import { ConfirmDialog } from '../../../components/ui/Dialog';
import { useT } from '../../../lib/i18n';

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onReload: () => void;
  onOverwrite: () => void;
}

/** 3010: someone else saved first. Reload theirs, or overwrite with ours. */
export function ConflictDialog({ open, onOpenChange, onReload, onOverwrite }: Props) {
  const t = useT();
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('form.conflict.title')}
      description={t('form.conflict.body')}
      confirmLabel={t('form.conflict.overwrite')}
      cancelLabel={t('common.cancel')}
      destructive
      onConfirm={onOverwrite}
    >
      <div>
        <button type="button" className="btn" onClick={onReload}>
          {t('form.conflict.reload')}
        </button>
      </div>
    </ConfirmDialog>
  );
}
