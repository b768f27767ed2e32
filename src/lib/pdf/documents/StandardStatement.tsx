/**
 * "Standard": a roomy A4 statement. Org block left and the title right in the accent colour,
 * the customer's address beside an account summary box, a filled header row repeated on every
 * page, striped rows, and the balance due in a band at the end.
 */
import { Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { tint } from '../colour';
import { FONT_FAMILY, HeaderCells, PageFooter, RowCells, type StatementLayoutProps } from './common';

const s = StyleSheet.create({
  page: { fontFamily: FONT_FAMILY, fontSize: 9, paddingTop: 40, paddingBottom: 56, paddingHorizontal: 40, color: '#1f2937' },
  top: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: 24 },
  orgName: { fontSize: 14, fontWeight: 700, marginBottom: 3 },
  muted: { color: '#6b7280' },
  title: { fontSize: 20, fontWeight: 700, textAlign: 'right' },
  period: { textAlign: 'right', marginTop: 4, color: '#4b5563' },
  parties: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: 18 },
  toLabel: { fontSize: 8, color: '#6b7280', marginBottom: 2 },
  customer: { fontSize: 11, fontWeight: 700, marginBottom: 2 },
  summary: { width: 220, borderWidth: 1, borderStyle: 'solid' },
  summaryTitle: { paddingVertical: 4, paddingHorizontal: 8, fontWeight: 700, color: '#ffffff' },
  summaryRow: { flexDirection: 'row', justifyContent: 'space-between', paddingVertical: 3, paddingHorizontal: 8 },
  bold: { fontWeight: 700 },
  header: { flexDirection: 'row', paddingVertical: 5, color: '#ffffff', fontWeight: 700 },
  row: { flexDirection: 'row', paddingVertical: 4, borderBottomWidth: 0.5, borderBottomColor: '#e5e7eb', borderBottomStyle: 'solid' },
  due: { flexDirection: 'row', justifyContent: 'flex-end', marginTop: 12 },
  dueBox: { flexDirection: 'row', justifyContent: 'space-between', width: 240, paddingVertical: 6, paddingHorizontal: 8, fontSize: 11, fontWeight: 700 },
});

export function StandardStatement({ view: v, org, onPage }: StatementLayoutProps) {
  const L = v.labels;
  const light = tint(v.accent, 0.9);
  return (
    <Page size="A4" style={s.page} wrap>
      <View style={s.top}>
        <View>
          <Text style={s.orgName}>{org.name}</Text>
          <Text style={s.muted}>{org.address}</Text>
        </View>
        <View>
          <Text style={[s.title, { color: v.accent }]}>{L.statementTitle}</Text>
          <Text style={s.period}>{v.period}</Text>
        </View>
      </View>
      <View style={s.parties}>
        <View>
          <Text style={s.toLabel}>{L.to}</Text>
          <Text style={s.customer}>{v.customerName}</Text>
          {v.addressLines.map((line) => (
            <Text key={line}>{line}</Text>
          ))}
        </View>
        <View style={[s.summary, { borderColor: v.accent }]}>
          <Text style={[s.summaryTitle, { backgroundColor: v.accent }]}>{v.currency}</Text>
          <View style={s.summaryRow}>
            <Text>{L.opening}</Text>
            <Text>{v.totals.opening}</Text>
          </View>
          <View style={s.summaryRow}>
            <Text>{L.invoiced}</Text>
            <Text>{v.totals.invoiced}</Text>
          </View>
          <View style={s.summaryRow}>
            <Text>{L.received}</Text>
            <Text>{v.totals.received}</Text>
          </View>
          <View style={[s.summaryRow, { backgroundColor: light }]}>
            <Text style={s.bold}>{L.balanceDue}</Text>
            <Text style={s.bold}>{v.totals.balanceDue}</Text>
          </View>
        </View>
      </View>
      <View style={[s.header, { backgroundColor: v.accent }]} fixed>
        <HeaderCells labels={L} />
      </View>
      {v.rows.map((row, i) => (
        <View key={row.key} style={[s.row, i % 2 === 1 ? { backgroundColor: '#f9fafb' } : {}]} wrap={false}>
          <RowCells row={row} />
        </View>
      ))}
      <View style={s.due} wrap={false}>
        <View style={[s.dueBox, { backgroundColor: light, color: v.accent }]}>
          <Text>{L.balanceDue}</Text>
          <Text>{v.totals.balanceDue}</Text>
        </View>
      </View>
      <PageFooter labels={L} caption={`${org.name} · ${v.customerName}`} onPage={onPage} />
    </Page>
  );
}
