/**
 * The bulk bar's "Merge": the ticked customers, or — after "Select all N" (at most 200) — every
 * customer matching the list's view and search, fetched as one page.
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { contactQueries } from '../../../api/queries/contacts';
import type { BulkSelection } from '../../../lib/customer-selection';
import { Dialog, type ActionDialogProps } from '../../../components/ui/Dialog';
import { useT } from '../../../lib/i18n';
import { MergeCustomersDialog } from './MergeCustomersDialog';

/** A select-all merge is offered up to this many customers (one API page). */
import { MAX_MERGE } from './limits';

function AllMatching({ selection, onClose }: { selection: BulkSelection; onClose: () => void }) {
  const t = useT();
  const list = useQuery(
    contactQueries.list({
      filter_by: selection.filter_by,
      customview_id: selection.customview_id,
      search_text: selection.search_text || undefined,
      page: 1,
      per_page: MAX_MERGE,
    }),
  );
  if (!list.data) {
    return (
      <Dialog open onOpenChange={(o) => !o && onClose()} title={t('merge.title')}>
        {list.isError ? <p role="alert">{t('merge.loadFailed', { message: list.error.message })}</p> : <p role="status">{t('merge.loading')}</p>}
      </Dialog>
    );
  }
  return <MergeCustomersDialog ids={list.data.contacts.map((c) => c.contact_id)} onClose={onClose} onMerged={selection.clear} />;
}

export function MergeSelectionDialog({ context, onOpenChange }: ActionDialogProps<BulkSelection>) {
  const [selection] = useState(context);
  const close = () => onOpenChange(false);
  if (selection.allMatching) return <AllMatching selection={selection} onClose={close} />;
  return <MergeCustomersDialog ids={selection.ids} onClose={close} onMerged={selection.clear} />;
}
