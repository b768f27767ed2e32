/** The list of a customer's unpaid invoices, attached by Email Customer. */
import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { UnpaidView } from '../unpaid-view';
import type { OrgInfo } from '../types';
import { FONT_FAMILY, PageFooter } from './common';

const ACCENT = '#1f6feb';
const cols = [
  { key: 'number', width: '20%', numeric: false },
  { key: 'date', width: '16%', numeric: false },
  { key: 'dueDate', width: '16%', numeric: false },
  { key: 'status', width: '16%', numeric: false },
  { key: 'total', width: '16%', numeric: true },
  { key: 'balance', width: '16%', numeric: true },
] as const;

const s = StyleSheet.create({
  page: { fontFamily: FONT_FAMILY, fontSize: 9, paddingTop: 40, paddingBottom: 56, paddingHorizontal: 40, color: '#1f2937' },
  top: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: 20 },
  orgName: { fontSize: 14, fontWeight: 700, marginBottom: 3 },
  muted: { color: '#6b7280' },
  title: { fontSize: 18, fontWeight: 700, color: ACCENT, textAlign: 'right' },
  right: { textAlign: 'right' },
  customer: { fontSize: 11, fontWeight: 700, marginBottom: 2 },
  to: { marginBottom: 16 },
  header: { flexDirection: 'row', paddingVertical: 5, backgroundColor: ACCENT, color: '#ffffff', fontWeight: 700 },
  row: { flexDirection: 'row', paddingVertical: 4, borderBottomWidth: 0.5, borderBottomColor: '#e5e7eb', borderBottomStyle: 'solid' },
  cell: { paddingHorizontal: 4 },
  totals: { flexDirection: 'row', paddingVertical: 6, fontWeight: 700, borderTopWidth: 1, borderTopColor: ACCENT, borderTopStyle: 'solid' },
  empty: { paddingVertical: 12, color: '#6b7280' },
});

export function UnpaidInvoicesDocument({ view: v, org }: { view: UnpaidView; org: OrgInfo }) {
  const L = v.labels;
  const titles = { number: L.invoiceNumber, date: L.date, dueDate: L.dueDate, status: L.status, total: L.total, balance: L.balance };
  return (
    <Document title={`${L.unpaidTitle} – ${v.customerName}`} author={org.name} creator={org.name} producer={org.name}>
      <Page size="A4" style={s.page} wrap>
        <View style={s.top}>
          <View>
            <Text style={s.orgName}>{org.name}</Text>
            <Text style={s.muted}>{org.address}</Text>
          </View>
          <View>
            <Text style={s.title}>{L.unpaidTitle}</Text>
            <Text style={[s.right, s.muted]}>{v.asOf}</Text>
          </View>
        </View>
        <View style={s.to}>
          <Text style={s.muted}>{L.to}</Text>
          <Text style={s.customer}>{L.honorific ? `${v.customerName} ${L.honorific}` : v.customerName}</Text>
          {v.addressLines.map((line) => (
            <Text key={line}>{line}</Text>
          ))}
        </View>
        <View style={s.header} fixed>
          {cols.map((c) => (
            <Text key={c.key} style={[s.cell, { width: c.width }, c.numeric ? s.right : {}]}>
              {titles[c.key]}
            </Text>
          ))}
        </View>
        {v.rows.length === 0 && <Text style={s.empty}>{L.noLines}</Text>}
        {v.rows.map((r) => (
          <View key={r.key} style={s.row} wrap={false}>
            {cols.map((c) => (
              <Text key={c.key} style={[s.cell, { width: c.width }, c.numeric ? s.right : {}]}>
                {r[c.key]}
              </Text>
            ))}
          </View>
        ))}
        <View style={s.totals} wrap={false}>
          <Text style={[s.cell, { width: '68%' }]}>{L.total}</Text>
          <Text style={[s.cell, s.right, { width: '16%' }]}>{v.totals.total}</Text>
          <Text style={[s.cell, s.right, { width: '16%' }]}>{v.totals.balance}</Text>
        </View>
        <PageFooter labels={L} caption={org.name} />
      </Page>
    </Document>
  );
}
