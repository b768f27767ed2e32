/**
 * "請求明細" (Japanese): a Japanese business statement. Centred title with a double rule, the
 * customer (〒 address, name with 御中) on the left and the issuer on the right, a boxed
 * ご請求残高, a fully ruled table whose header row repeats on every page, and a ruled
 * summary grid at the end.
 */
import { Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { tint } from '../colour';
import { FONT_FAMILY, HeaderCells, PageFooter, RowCells, type StatementLayoutProps } from './common';

const RULE = '#4b5563';
const s = StyleSheet.create({
  page: { fontFamily: FONT_FAMILY, fontSize: 8.5, paddingTop: 36, paddingBottom: 52, paddingHorizontal: 40, color: '#111827' },
  titleWrap: { alignItems: 'center', marginBottom: 18 },
  title: { fontSize: 18, fontWeight: 700, letterSpacing: 6, paddingHorizontal: 24, paddingBottom: 2, borderBottomWidth: 1, borderBottomStyle: 'solid' },
  titleRule: { width: 170, marginTop: 2, borderBottomWidth: 1, borderBottomStyle: 'solid' },
  period: { marginTop: 6 },
  parties: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: 14 },
  customerBox: { width: '55%' },
  customerName: { flexDirection: 'row', alignItems: 'flex-end', marginTop: 4, paddingBottom: 2, borderBottomWidth: 1, borderBottomStyle: 'solid' },
  name: { fontSize: 13, fontWeight: 700, flexShrink: 1 },
  honorific: { fontSize: 10, marginLeft: 6 },
  issuer: { width: '40%', alignItems: 'flex-end' },
  orgName: { fontSize: 10, fontWeight: 700, marginBottom: 2 },
  right: { textAlign: 'right' },
  dueBox: { flexDirection: 'row', width: 260, borderWidth: 1, borderStyle: 'solid', marginBottom: 14 },
  dueLabel: { width: 100, paddingVertical: 6, paddingHorizontal: 8, fontWeight: 700, borderRightWidth: 1, borderRightStyle: 'solid' },
  dueAmount: { flexGrow: 1, paddingVertical: 4, paddingHorizontal: 8, fontSize: 13, fontWeight: 700, textAlign: 'right' },
  header: { flexDirection: 'row', fontWeight: 700, borderWidth: 1, borderColor: RULE, borderStyle: 'solid' },
  headCell: { paddingVertical: 4, textAlign: 'center', borderRightWidth: 0.5, borderRightColor: RULE, borderRightStyle: 'solid' },
  row: { flexDirection: 'row', borderLeftWidth: 1, borderRightWidth: 1, borderBottomWidth: 0.5, borderColor: RULE, borderStyle: 'solid' },
  cell: { paddingVertical: 3, borderRightWidth: 0.5, borderRightColor: RULE, borderRightStyle: 'solid' },
  summary: { flexDirection: 'row', marginTop: 12, borderWidth: 1, borderColor: RULE, borderStyle: 'solid' },
  sumCell: { width: '25%', borderRightWidth: 0.5, borderRightColor: RULE, borderRightStyle: 'solid' },
  sumHead: { paddingVertical: 3, textAlign: 'center', fontWeight: 700, borderBottomWidth: 0.5, borderBottomColor: RULE, borderBottomStyle: 'solid' },
  sumValue: { paddingVertical: 4, paddingHorizontal: 6, textAlign: 'right' },
  bold: { fontWeight: 700 },
});

export function JapaneseStatement({ view: v, org, onPage }: StatementLayoutProps) {
  const L = v.labels;
  const light = tint(v.accent, 0.88);
  const summary: [string, string][] = [
    [L.opening, v.totals.opening],
    [L.invoiced, v.totals.invoiced],
    [L.received, v.totals.received],
    [L.balanceDue, v.totals.balanceDue],
  ];
  return (
    <Page size="A4" style={s.page} wrap>
      <View style={s.titleWrap}>
        <Text style={[s.title, { borderBottomColor: v.accent }]}>{L.statementTitle}</Text>
        <View style={[s.titleRule, { borderBottomColor: v.accent }]} />
        <Text style={s.period}>{v.period}</Text>
      </View>
      <View style={s.parties}>
        <View style={s.customerBox}>
          {v.addressLines.map((line) => (
            <Text key={line}>{line}</Text>
          ))}
          <View style={s.customerName}>
            <Text style={s.name}>{v.customerName}</Text>
            <Text style={s.honorific}>{L.honorific}</Text>
          </View>
        </View>
        <View style={s.issuer}>
          <Text style={[s.orgName, s.right]}>{org.name}</Text>
          <Text style={s.right}>{org.address}</Text>
        </View>
      </View>
      <View style={[s.dueBox, { borderColor: v.accent }]}>
        <Text style={[s.dueLabel, { backgroundColor: light, borderRightColor: v.accent }]}>{L.balanceDue}</Text>
        <Text style={s.dueAmount}>{v.totals.balanceDue}</Text>
      </View>
      <View style={[s.header, { backgroundColor: light }]} fixed>
        <HeaderCells labels={L} cell={s.headCell} />
      </View>
      {v.rows.map((row) => (
        <View key={row.key} style={s.row} wrap={false}>
          <RowCells row={row} cell={s.cell} />
        </View>
      ))}
      <View style={s.summary} wrap={false}>
        {summary.map(([label, value], i) => (
          <View key={label} style={[s.sumCell, i === summary.length - 1 ? { borderRightWidth: 0, backgroundColor: light } : {}]}>
            <Text style={s.sumHead}>{label}</Text>
            <Text style={[s.sumValue, i === summary.length - 1 ? s.bold : {}]}>{value}</Text>
          </View>
        ))}
      </View>
      <PageFooter labels={L} caption={org.name} onPage={onPage} />
    </Page>
  );
}
