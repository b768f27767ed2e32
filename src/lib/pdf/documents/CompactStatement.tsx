/**
 * "Compact": dense and rule-based. One-line letterhead, customer and period side by side,
 * small type, a header row underlined in the accent colour (repeated on every page), hairline
 * rows and the totals as a single ruled line at the end.
 */
import { Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { FONT_FAMILY, HeaderCells, PageFooter, RowCells, type StatementLayoutProps } from './common';

const s = StyleSheet.create({
  page: { fontFamily: FONT_FAMILY, fontSize: 7.5, paddingTop: 28, paddingBottom: 44, paddingHorizontal: 32, color: '#111827' },
  letterhead: {
    flexDirection: 'row',
    justifyContent: 'space-between',
    alignItems: 'flex-end',
    paddingBottom: 4,
    borderBottomWidth: 2,
    borderBottomStyle: 'solid',
  },
  org: { flexDirection: 'row', alignItems: 'flex-end' },
  orgName: { fontSize: 10, fontWeight: 700, marginRight: 8 },
  muted: { color: '#6b7280' },
  title: { fontSize: 10, fontWeight: 700, letterSpacing: 1.5 },
  strip: { flexDirection: 'row', justifyContent: 'space-between', marginTop: 8, marginBottom: 10 },
  customer: { fontSize: 9, fontWeight: 700 },
  right: { textAlign: 'right' },
  header: { flexDirection: 'row', paddingVertical: 3, fontWeight: 700, borderBottomWidth: 1, borderBottomStyle: 'solid' },
  row: { flexDirection: 'row', paddingVertical: 2, borderBottomWidth: 0.25, borderBottomColor: '#d1d5db', borderBottomStyle: 'solid' },
  totals: {
    flexDirection: 'row',
    justifyContent: 'space-between',
    marginTop: 6,
    paddingVertical: 4,
    borderTopWidth: 1,
    borderBottomWidth: 1,
    borderStyle: 'solid',
  },
  bold: { fontWeight: 700 },
});

export function CompactStatement({ view: v, org, onPage }: StatementLayoutProps) {
  const L = v.labels;
  return (
    <Page size="A4" style={s.page} wrap>
      <View style={[s.letterhead, { borderBottomColor: v.accent }]}>
        <View style={s.org}>
          <Text style={s.orgName}>{org.name}</Text>
          <Text style={s.muted}>{org.address}</Text>
        </View>
        <Text style={[s.title, { color: v.accent }]}>{L.statementTitle.toUpperCase()}</Text>
      </View>
      <View style={s.strip}>
        <View>
          <Text style={s.customer}>{v.customerName}</Text>
          <Text style={s.muted}>{v.addressLines.join(', ')}</Text>
        </View>
        <View>
          <Text style={s.right}>{v.period}</Text>
          <Text style={[s.right, s.muted]}>{v.currency}</Text>
        </View>
      </View>
      <View style={[s.header, { borderBottomColor: v.accent, color: v.accent }]} fixed>
        <HeaderCells labels={L} />
      </View>
      {v.rows.map((row) => (
        <View key={row.key} style={s.row} wrap={false}>
          <RowCells row={row} />
        </View>
      ))}
      <View style={[s.totals, { borderColor: v.accent }]} wrap={false}>
        <Text>
          {L.opening}: {v.totals.opening}
        </Text>
        <Text>
          {L.invoiced}: {v.totals.invoiced}
        </Text>
        <Text>
          {L.received}: {v.totals.received}
        </Text>
        <Text style={s.bold}>
          {L.balanceDue}: {v.totals.balanceDue}
        </Text>
      </View>
      <PageFooter labels={L} caption={v.customerName} style={{ left: 32, right: 32, bottom: 16, fontSize: 6.5 }} onPage={onPage} />
    </Page>
  );
}
