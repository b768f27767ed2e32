/**
 * The customers list: views, search, sort and paging in the URL and done by the API (so it
 * stays fast at 100,000 customers); the previous page stays on screen while the next loads.
 */
import { useEffect, useMemo, useState, type ComponentType } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { contactQueries } from '../../../api/queries/contacts';
import { useActingUser } from '../../../api/queries/reference';
import { useCustomViews } from '../../../api/queries/customviews';
import { mayChangeView } from '../../../api/roles';
import type { ActionDialogProps } from '../../../components/ui/Dialog';
import type { BulkSelection, ListContext } from '../../../lib/customer-selection';
import { useT } from '../../../lib/i18n';
import { BulkBar, type BulkAction } from './BulkBar';
import { CustomersTable } from './CustomersTable';
import { EmptyList, ListError, LoadingRows, NoMatch } from './ListStates';
import { ListToolbar, type ListMenuAction } from './ListToolbar';
import { Pagination } from './Pagination';
import { isDefaultView, shownSort, toApiParams } from './list-params';
import { useCurrentCustomView, useViewFallback, type ViewEditorContext } from './current-view';
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
  /** The custom view editor (New / Edit Custom View), loaded on first use (composed by src/app). */
  ViewEditor?: ComponentType<ActionDialogProps<ViewEditorContext>>;
}

export function CustomerListPage({ bulkActions = [], moreBulkActions = [], menuActions = [], DuplicateGroups, ViewEditor }: Props) {
  const t = useT();
  const [urlState, update] = useListState();
  const location = useLocation();
  const params = toApiParams(urlState);
  const list = useQuery(contactQueries.list(params));
  const customViews = useCustomViews();
  const current = useCurrentCustomView(urlState.view);
  // A custom view's own sort shows until the URL names one.
  const state = shownSort(urlState, current.view);
  const viewNotice = useViewFallback(urlState.view, current.missing, list.error, update);
  const me = useActingUser().data;
  const [editing, setEditing] = useState<ViewEditorContext | null>(null);
  const viewName = isDefaultView(state.view) ? t(`list.view.${state.view}`) : (current.view?.name ?? t('views.loading'));
  const columns = useListColumns(urlState.view, current.view?.columns);
  const setScope = useSelectionStore((s) => s.setScope);
  const { ids, names, allMatching, clear, keepOnly, selectAllMatching } = useSelectionStore();

  // A selection belongs to one view and search; "select all N" must not leak into another.
  useEffect(() => setScope(`${state.view}|${state.q}`), [setScope, state.view, state.q]);
  // The detail page goes back to, and steps through, the list as last shown in this tab.
  useEffect(() => rememberList(urlState), [urlState]);

  useEffect(() => {
    document.title = `${t('list.title')} · ${viewName}`;
  }, [viewName, t]);

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
      customview_id: params.customview_id,
      clear,
      keepOnly,
    }),
    [allMatching, ids, names, total, params.filter_by, params.search_text, params.customview_id, clear, keepOnly],
  );
  const shownView = current.view;
  const viewColumns = shownView?.columns;
  const listContext = useMemo<ListContext>(
    () => ({
      filter_by: selection.filter_by,
      search_text: selection.search_text,
      customview_id: selection.customview_id,
      columns: viewColumns?.map((c) => c.field),
      total,
      selection,
    }),
    [selection, total, viewColumns],
  );

  let body;
  if (list.isPending) body = <LoadingRows />;
  else if (list.isError && !list.data) body = <ListError message={list.error.message} onRetry={() => void list.refetch()} />;
  else if (pageRows.length === 0 && state.view === 'all' && !state.q) body = <EmptyList />;
  else if (pageRows.length === 0) body = <NoMatch state={state} onChange={update} viewName={viewName} />;
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
      <ListToolbar
        state={state}
        onChange={update}
        menu={menuActions}
        context={listContext}
        customViews={customViews.data}
        onNewView={ViewEditor && (() => setEditing({}))}
        onEditView={ViewEditor && shownView && mayChangeView(me, shownView) ? () => setEditing({ view: shownView }) : undefined}
        columnsMenu={<ColumnsMenu columns={columns} />}
      />
      {viewNotice && (
        <p role="status" className={styles.viewNotice}>
          {viewNotice}
        </p>
      )}
      {ViewEditor && editing && <ViewEditor open onOpenChange={(o) => !o && setEditing(null)} context={editing} />}
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
