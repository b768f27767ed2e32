import { describe, expect, it } from 'vitest';
import type { Template } from '../../src/api/schemas';
import { TEMPLATES, USERS } from '../scenarios/reference';
import { actAs, call, snapshot, useMockApi } from '../testing';

type Many = { templates: Template[] };

describe('templates API', () => {
  useMockApi('empty');

  it('lists the gallery, filtered by kind and document', async () => {
    const all = (await call<Many>('GET', '/templates')).body.templates;
    expect(all).toHaveLength(10);
    const pdfStatements = (await call<Many>('GET', '/templates?kind=pdf&document=statement')).body.templates;
    expect(pdfStatements.map((t) => t.template_id)).toEqual([TEMPLATES.statementStandard, TEMPLATES.statementCompact, TEMPLATES.statementJapanese]);
    const emails = (await call<Many>('GET', '/templates?kind=email&document=statement')).body.templates;
    expect(emails.every((t) => t.subject && t.body)).toBe(true);
    const bad = await call('GET', '/templates?kind=sms&document=quote');
    expect(bad.body.errors?.map((e) => e.field)).toEqual(['kind', 'document']);
  });

  it('creates templates, keeping only the fields of their kind', async () => {
    const pdf = await call<{ template: Template }>('POST', '/templates', {
      template_name: ' Bold ',
      kind: 'pdf',
      document: 'statement',
      layout: 'compact',
      accent_color: '#aa0000',
      subject: 'ignored',
    });
    expect([pdf.status, pdf.body.message]).toEqual([201, 'The template has been created.']);
    expect(pdf.body.template).toEqual({
      template_id: '11',
      template_name: 'Bold',
      kind: 'pdf',
      document: 'statement',
      layout: 'compact',
      accent_color: '#aa0000',
    });
    const email = await call<{ template: Template }>('POST', '/templates', {
      template_name: 'Friendly',
      kind: 'email',
      document: 'statement',
      subject: 'Hi %CustomerName%',
      body: 'Due: %BalanceDue%',
      layout: 'standard',
    });
    expect(email.body.template).toEqual({
      template_id: '12',
      template_name: 'Friendly',
      kind: 'email',
      document: 'statement',
      subject: 'Hi %CustomerName%',
      body: 'Due: %BalanceDue%',
    });
    const listed = (await call<Many>('GET', '/templates?kind=email&document=statement')).body.templates;
    expect(listed.at(-1)?.template_name).toBe('Friendly');
  });

  it('validates input and JSON without writing', async () => {
    const before = snapshot();
    const r = await call('POST', '/templates', { template_name: '', kind: 'email', document: 'invoice' });
    expect(r.body.code).toBe(1001);
    expect(r.body.errors?.map((e) => e.field).sort()).toEqual(['body', 'subject', 'template_name']);
    const pdf = await call('POST', '/templates', { template_name: 'X', kind: 'pdf', document: 'invoice', accent_color: 'red' });
    expect(pdf.body.errors?.map((e) => e.field).sort()).toEqual(['accent_color', 'layout']);
    const blank = await call('POST', '/templates', { template_name: 'Blank', kind: 'email', document: 'invoice', subject: 'Hi', body: ' \n\t ' });
    expect(blank.body.errors?.map((e) => e.field)).toEqual(['body']);
    expect((await call('POST', '/templates', '{')).body.code).toBe(1038);
    expect(snapshot()).toBe(before);
  });

  it('lets only admins create templates (403/57 for staff and staff_assigned), changing nothing', async () => {
    for (const user of [USERS.staff, USERS.assignedA]) {
      await actAs(user);
      const before = snapshot();
      const r = await call('POST', '/templates', { template_name: 'Staff layout', kind: 'pdf', document: 'statement', layout: 'compact' });
      expect([r.status, r.body.code, r.body.message]).toEqual([403, 57, 'You are not authorized to perform this operation.']);
      expect(snapshot()).toBe(before);
      expect((await call('GET', '/templates')).status).toBe(200);
    }
  });
});
