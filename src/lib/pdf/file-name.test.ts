import { describe, expect, it } from 'vitest';
import { safeNamePart, statementFileName, statementsFileName, unpaidInvoicesFileName } from './file-name';

describe('statement file names', () => {
  it('keeps Japanese letters', () => {
    expect(statementFileName('株式会社さくら商事', '2026-01-01', '2026-12-31')).toBe('statement_株式会社さくら商事_2026-01-01_2026-12-31.pdf');
  });

  it('turns spaces, punctuation and path characters into single underscores', () => {
    expect(statementFileName('Müller & Söhne GmbH', '2026-01-01', '2026-01-31')).toBe('statement_Müller_Söhne_GmbH_2026-01-01_2026-01-31.pdf');
    expect(statementFileName('../etc/passwd', '2026-01-01', '2026-01-31')).toBe('statement_etc_passwd_2026-01-01_2026-01-31.pdf');
    expect(statementFileName('A "quoted" <name>: x|y?*', 'a', 'b')).toBe('statement_A_quoted_name_x_y_a_b.pdf');
    expect(statementFileName('ＡＣＭＥ　Inc', 'a', 'b')).toBe('statement_ＡＣＭＥ_Inc_a_b.pdf');
  });

  it('never leaves the name empty and caps its length', () => {
    expect(safeNamePart('///')).toBe('customer');
    expect([...safeNamePart('あ'.repeat(300))].length).toBe(80);
  });

  it('normalises to NFC so the same name gives the same file', () => {
    expect(safeNamePart('Mu\u0308ller')).toBe('Müller');
  });

  it('names the bulk and unpaid-invoices files', () => {
    expect(statementsFileName('2026-01-01', '2026-03-31')).toBe('statements_2026-01-01_2026-03-31.pdf');
    expect(unpaidInvoicesFileName('Acme Inc.', '2026-05-01')).toBe('unpaid_invoices_Acme_Inc_2026-05-01.pdf');
  });
});
