/** Pieces every PDF document shares: the font family, columns, the page number footer. */
import { StyleSheet, Text, View, type Styles } from '@react-pdf/renderer';
import type { DocLabels } from '../labels';
import type { StatementRow, StatementView } from '../statement-view';
import type { OrgInfo } from '../types';

/** Registered by fonts.ts: Noto Sans JP, which also has every Latin glyph a statement needs. */
export const FONT_FAMILY = 'NotoSansJP';

export type Style = Styles[string];

/** What every statement layout component takes. */
export interface StatementLayoutProps {
  view: StatementView;
  org: OrgInfo;
  /** Called as each of its pages is paginated (progress reporting). */
  onPage?: () => void;
}

export type ColumnKey = 'date' | 'transaction' | 'details' | 'amount' | 'payment' | 'balance';
export const COLUMNS: { key: ColumnKey; width: string; numeric: boolean }[] = [
  { key: 'date', width: '13%', numeric: false },
  { key: 'transaction', width: '19%', numeric: false },
  { key: 'details', width: '23%', numeric: false },
  { key: 'amount', width: '15%', numeric: true },
  { key: 'payment', width: '15%', numeric: true },
  { key: 'balance', width: '15%', numeric: true },
];

export const columnTitle = (labels: DocLabels, key: ColumnKey): string =>
  ({
    date: labels.date,
    transaction: labels.transaction,
    details: labels.details,
    amount: labels.amount,
    payment: labels.payment,
    balance: labels.balance,
  })[key];

const base = StyleSheet.create({
  cellText: { paddingHorizontal: 4 },
  numeric: { textAlign: 'right' },
  footer: { position: 'absolute', left: 40, right: 40, bottom: 20, flexDirection: 'row', justifyContent: 'space-between', fontSize: 7.5, color: '#6b7280' },
});

/** One statement row as table cells (one Text each, no wrapper View: fewer nodes to lay out). */
export function RowCells({ row, cell }: { row: StatementRow; cell?: Style }) {
  return (
    <>
      {COLUMNS.map((c) => (
        <Text key={c.key} style={[base.cellText, { width: c.width }, c.numeric ? base.numeric : {}, cell ?? {}]}>
          {row[c.key]}
        </Text>
      ))}
    </>
  );
}

/** The header row's cells (rendered `fixed` by each layout so it repeats on every page). */
export function HeaderCells({ labels, cell }: { labels: DocLabels; cell?: Style }) {
  return (
    <>
      {COLUMNS.map((c) => (
        <Text key={c.key} style={[base.cellText, { width: c.width }, c.numeric ? base.numeric : {}, cell ?? {}]}>
          {columnTitle(labels, c.key)}
        </Text>
      ))}
    </>
  );
}

/**
 * "Page n of N" counted within one statement (a bulk print holds many), with a caption on
 * the left, at the bottom of every page. `onPage` is called as the renderer paginates each
 * page (in document order), which is how the worker reports progress.
 */
export function PageFooter({ labels, caption, style, onPage }: { labels: DocLabels; caption: string; style?: Style; onPage?: () => void }) {
  return (
    <View style={style ? [base.footer, style] : base.footer} fixed>
      <Text>{caption}</Text>
      <Text
        render={({ subPageNumber, subPageTotalPages }) => {
          onPage?.();
          return labels.page(subPageNumber, subPageTotalPages || undefined);
        }}
      />
    </View>
  );
}
