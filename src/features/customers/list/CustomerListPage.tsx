/**
 * The customers list: views, search, sort and paging in the URL and done by the API (so it
 * stays fast at 100,000 customers); the previous page stays on screen while the next loads.
 */
import { useEffect, useMemo, type ComponentType } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { contactQueries } from '../../../api/queries/contacts';
import type { BulkSelection, ListContext } from '../../../lib/customer-selection';
import { useT } from '../../../lib/i18n';
import { BulkBar, type BulkAction } from './BulkBar';
import { CustomersTable } from './CustomersTable';
import { EmptyList, ListError, LoadingRows, NoMatch } from './ListStates';
import { ListToolbar, type ListMenuAction } from './ListToolbar';
import { Pagination } from './Pagination';
import { toApiParams } from './list-params';
import { useSelectionStore } from './selection-store';
import { useListState } from './use-list-state';
import { rememberList } from './last-list';
import { ShortcutsKey } from './ShortcutsKey';
import { ColumnsMenu } from './ColumnsMenu';
import { useListColumns } from './use-columns';
import styles from './CustomerList.module.css';

interface Props {
  /** The bulk bar's buttons and its "More bulk actions", in order (the flows are composed by src/app). */
  bulkActions?: BulkAction[];
  moreBulkActions?: BulkAction[];
  /** "More actions" entries after Import (Export Customers). */
  menuActions?: ListMenuAction[];
  /** The "Duplicate Customers" view's merge suggestions (the merge flow's, composed by src/app). */
  DuplicateGroups?: ComponentType;
}

export function CustomerListPage({ bulkActions = [], moreBulkActions = [], menuActions = [], DuplicateGroups }: Props) {
  const t = useT();
  const [state, update] = useListState();
  const location = useLocation();
  const params = toApiParams(state);
  const list = useQuery(contactQueries.list(params));
  const columns = useListColumns(state.view);
  const setScope = useSelectionStore((s) => s.setScope);
  const { ids, names, allMatching, clear, keepOnly, selectAllMatching } = useSelectionStore();

  // A selection belongs to one view and search; "select all N" must not leak into another.
  useEffect(() => setScope(`${state.view}|${state.q}`), [setScope, state.view, state.q]);
  // The detail page goes back to, and steps through, the list as last shown in this tab.
  useEffect(() => rememberList(state), [state]);

  useEffect(() => {
    document.title = `${t('list.title')} · ${t(`list.view.${state.view}`)}`;
  }, [state.view, t]);

  // `contacts` are the readable rows (selection); `pageRows` the whole page, unreadable ones too.
  const rows = list.data?.contacts ?? [];
  const pageRows = list.data?.rows ?? [];
  const total = list.data?.page_context.total ?? 0;
  const pageAllSelected = rows.length > 0 && rows.every((r) => allMatching || ids.has(r.contact_id));
  const selection = useMemo<BulkSelection>(
    () => ({
      ids: allMatching ? [] : [...ids],
      names,
      allMatching,
      count: allMatching ? total : ids.size,
      filter_by: params.filter_by ?? 'Status.All',
      search_text: params.search_text ?? '',
      clear,
      keepOnly,
    }),
    [allMatching, ids, names, total, params.filter_by, params.search_text, clear, keepOnly],
  );
  const listContext = useMemo<ListContext>(
    () => ({ filter_by: selection.filter_by, search_text: selection.search_text, total, selection }),
    [selection, total],
  );

  let body;
  if (list.isPending) body = <LoadingRows />;
  else if (list.isError && !list.data) body = <ListError message={list.error.message} onRetry={() => void list.refetch()} />;
  else if (pageRows.length === 0 && state.view === 'all' && !state.q) body = <EmptyList />;
  else if (pageRows.length === 0) body = <NoMatch state={state} onChange={update} />;
  else
    body = (
      <>
        <CustomersTable
          rows={pageRows}
          state={state}
          onChange={update}
          busy={list.isPlaceholderData}
          linkSearch={location.search}
          total={total}
          offset={list.data ? (list.data.page_context.page - 1) * list.data.page_context.per_page : 0}
          columns={columns}
          onPage={(step) => {
            const ctx = list.data?.page_context;
            if (!ctx || (step === 1 && !ctx.has_more_page) || (step === -1 && state.page <= 1)) return false;
            update({ page: state.page + step });
            return true;
          }}
        />
        {list.data && <Pagination context={list.data.page_context} rowCount={pageRows.length} state={state} onChange={update} />}
      </>
    );

  return (
    <main className={`page ${styles.page}`}>
      <ListToolbar state={state} onChange={update} menu={menuActions} context={listContext} columnsMenu={<ColumnsMenu columns={columns} />} />
      {state.view === 'duplicate' && DuplicateGroups && <DuplicateGroups />}
      <BulkBar
        selection={selection}
        total={total}
        pageAllSelected={pageAllSelected}
        onSelectAllMatching={selectAllMatching}
        actions={bulkActions}
        moreActions={moreBulkActions}
      />
      {list.isError && list.data && <ListError message={list.error.message} onRetry={() => void list.refetch()} />}
      {/* The previous page or view stays on screen while the next loads: say it is not current. */}
      <div className={list.isPlaceholderData ? styles.stale : undefined} aria-busy={list.isPlaceholderData || undefined}>
        {body}
      </div>
      <ShortcutsKey />
    </main>
  );
}
