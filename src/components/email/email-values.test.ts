import { describe, expect, it } from 'vitest';
import { translate } from '../../lib/i18n';
import { emailFieldFor, emailProblems, type EmailValues } from './email-values';

const t = (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) => translate('en', key, vars);
const ok: EmailValues = { to_mail_ids: ['ann@acme.example'], cc_mail_ids: [], subject: 'Hello', body: 'Your invoices.' };

describe('emailProblems', () => {
  it('passes a mail the contract takes', () => {
    expect(emailProblems(ok, t)).toEqual({});
  });

  it('words the contract’s refusals as the dialogs always have', () => {
    expect(emailProblems({ to_mail_ids: [], cc_mail_ids: ['nope'], subject: '  ', body: '' }, t)).toEqual({
      to_mail_ids: 'Choose at least one recipient.',
      cc_mail_ids: 'nope is not a valid email address.',
      subject: 'Subject is required.',
      body: 'Body is required.',
    });
    expect(emailProblems({ ...ok, subject: 'x'.repeat(1001), body: 'y'.repeat(5001) }, t)).toEqual({
      subject: 'This can be at most 1000 characters.',
      body: 'This can be at most 5000 characters.',
    });
  });

  it('says which kind of character is refused, one line for the subject', () => {
    expect(emailProblems({ ...ok, subject: 'Hello\nthere', body: 'Line one\nline two\u202E' }, t)).toEqual({
      subject: 'Line breaks and tabs are not allowed here.',
      body: 'This contains a character that is not allowed (a control, text-direction or broken character). Remove it.',
    });
  });
});

describe('emailFieldFor', () => {
  it('puts an address’s refusal on its list and leaves attachments to the alert', () => {
    expect(emailFieldFor('to_mail_ids.0')).toBe('to_mail_ids');
    expect(emailFieldFor('subject')).toBe('subject');
    expect(emailFieldFor('attachments.0.content_type')).toBeNull();
  });
});
