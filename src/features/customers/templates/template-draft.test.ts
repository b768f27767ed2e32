import { describe, expect, it } from 'vitest';
import { checkTemplateDraft, type TemplateDraft } from './template-draft';

const draft: TemplateDraft = { template_name: 'Mine', layout: 'compact', accent_color: '#aa0011', subject: 'Hi %CustomerName%', body: 'Due: %BalanceDue%' };

describe('new template checks', () => {
  it('accepts a complete PDF or email template', () => {
    expect(checkTemplateDraft(draft, 'pdf')).toEqual({});
    expect(checkTemplateDraft(draft, 'email')).toEqual({});
  });
  it('needs a name, and a #rrggbb accent for PDFs', () => {
    expect(checkTemplateDraft({ ...draft, template_name: '  ', accent_color: 'red' }, 'pdf')).toEqual({
      template_name: 'templates.new.nameRequired',
      accent_color: 'templates.new.accentInvalid',
    });
  });
  it('refuses control characters; the subject is one line, the body may span lines', () => {
    expect(checkTemplateDraft({ ...draft, template_name: '\u200B\uFEFF' }, 'pdf')).toEqual({ template_name: 'templates.new.nameRequired' });
    expect(checkTemplateDraft({ ...draft, template_name: 'Mine\u202E', subject: 'Hi\nthere', body: 'Line 1\r\n\tLine 2' }, 'email')).toEqual({
      template_name: 'common.text.badChar',
      subject: 'common.text.oneLine',
    });
    expect(checkTemplateDraft({ ...draft, body: 'ding\u0007' }, 'email')).toEqual({ body: 'common.text.badChar' });
  });
  it('needs subject and body for emails, within their limits', () => {
    expect(checkTemplateDraft({ ...draft, subject: '', body: ' ' }, 'email')).toEqual({
      subject: 'templates.new.subjectRequired',
      body: 'templates.new.bodyRequired',
    });
    expect(checkTemplateDraft({ ...draft, subject: 'x'.repeat(1001), body: 'y'.repeat(5001) }, 'email')).toEqual({
      subject: 'templates.new.subjectTooLong',
      body: 'templates.new.bodyTooLong',
    });
  });
});
