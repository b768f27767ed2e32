/**
 * One PDF of one or more statements: each statement is its own <Page> (so each starts on a
 * new page and counts its own page numbers) in the layout its template chose.
 */
import { Document } from '@react-pdf/renderer';
import { statementView } from '../statement-view';
import type { StatementsPdfInput } from '../types';
import { CompactStatement } from './CompactStatement';
import { JapaneseStatement } from './JapaneseStatement';
import { StandardStatement } from './StandardStatement';

const layouts = { standard: StandardStatement, compact: CompactStatement, japanese: JapaneseStatement } as const;

interface Props {
  input: StatementsPdfInput;
  /** Called with a statement's index as the renderer paginates its pages. */
  onStatementPage?: (index: number) => void;
}

export function StatementsDocument({ input, onStatementPage }: Props) {
  const first = input.statements[0];
  const single = input.statements.length === 1 && first;
  const title = single ? `${first.statement.contact_name} ${first.statement.start_date} – ${first.statement.end_date}` : 'Statements';
  return (
    <Document title={title} author={input.org.name} creator={input.org.name} producer={input.org.name} language={first?.layout === 'japanese' ? 'ja' : 'en'}>
      {input.statements.map((doc, i) => {
        const Layout = layouts[doc.layout] ?? StandardStatement;
        return (
          <Layout
            key={`${doc.statement.contact_id}-${i}`}
            view={statementView(doc)}
            org={input.org}
            onPage={onStatementPage ? () => onStatementPage(i) : undefined}
          />
        );
      })}
    </Document>
  );
}
