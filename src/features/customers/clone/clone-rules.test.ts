import { describe, expect, it } from 'vitest';
import { contactPersonSchema, type Currency } from '../../../api/schemas';
import { MAX_DISPLAY_NAME_LENGTH } from '../../../api/limits';
import { cloneNameProblem, currencyChoices, defaultCloneName, portalBlock } from './clone-rules';

const cur = (id: string, code: string): Currency => ({ currency_id: id, currency_code: code, currency_symbol: '', price_precision: 2 });

describe('clone rules', () => {
  it('offers the original currency last', () => {
    const list = [cur('1', 'USD'), cur('2', 'EUR'), cur('3', 'JPY')];
    expect(currencyChoices(list, '1').map((c) => c.currency_code)).toEqual(['EUR', 'JPY', 'USD']);
    expect(currencyChoices(list, '2').map((c) => c.currency_code)).toEqual(['USD', 'JPY', 'EUR']);
  });
  it('names the copy', () => {
    expect(defaultCloneName('Acme Inc.', '(copy)')).toBe('Acme Inc. (copy)');
  });
  it('blocks the portal when the original has it, or without an email', () => {
    expect(portalBlock({ is_portal_enabled: true, email: 'a@x.example', contact_persons: [] })).toBe('original_has_portal');
    expect(portalBlock({ is_portal_enabled: false, email: '', contact_persons: [] })).toBe('no_email');
    expect(
      portalBlock({ is_portal_enabled: false, email: '', contact_persons: [contactPersonSchema.parse({ contact_person_id: '9', email: 'p@x.example' })] }),
    ).toBe(null);
  });
  it('checks the name as the contract does: required, one line, no control characters, at most the limit', () => {
    expect(cloneNameProblem('Acme Inc. (copy)')).toBe(null);
    expect(cloneNameProblem(' \u200B ')).toBe('clone.nameRequired');
    expect(cloneNameProblem('Acme\u202E')).toBe('common.text.badChar');
    expect(cloneNameProblem('Acme\tInc.')).toBe('common.text.oneLine');
    expect(cloneNameProblem('x'.repeat(MAX_DISPLAY_NAME_LENGTH))).toBe(null);
    expect(cloneNameProblem('x'.repeat(MAX_DISPLAY_NAME_LENGTH + 1))).toBe('clone.nameTooLong');
    expect(cloneNameProblem(`${'x'.repeat(MAX_DISPLAY_NAME_LENGTH + 1)}\u0007`)).toBe('common.text.badChar');
  });
});
