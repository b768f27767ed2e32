/** The template gallery: PDF layouts and email texts per document type, and creating one (admins only). */
import { http, type HttpHandler } from 'msw';
import { templateDocuments, templateInputSchema, templateKinds, type FieldError, type Template } from '../../src/api/schemas';
import { db } from '../runtime';
import { can } from '../rules/access';
import { parseOrRefuse, refuse } from '../rules/failure';
import { API, actingUser, api, ok, query, readJson } from './http';

const oneOf = <T extends string>(values: readonly T[], s: string): s is T => (values as readonly string[]).includes(s);

export const templateHandlers: HttpHandler[] = [
  http.get(
    `${API}/templates`,
    api(({ request }) => {
      const q = query(request);
      const kind = q.get('kind') ?? '';
      const document = q.get('document') ?? '';
      const errors: FieldError[] = [];
      if (kind && !oneOf(templateKinds, kind)) errors.push({ field: 'kind', message: `Kind must be one of ${templateKinds.join(', ')}.` });
      if (document && !oneOf(templateDocuments, document)) {
        errors.push({ field: 'document', message: `Document must be one of ${templateDocuments.join(', ')}.` });
      }
      if (errors.length) throw refuse.invalid(errors);
      const templates = db.tables.templates
        .all()
        .filter((t) => (!kind || t.kind === kind) && (!document || t.document === document))
        .sort((a, b) => Number(a.template_id) - Number(b.template_id));
      return ok('success', { templates });
    }),
  ),

  http.post(
    `${API}/templates`,
    api(async ({ request }) => {
      // Templates are the organisation's, shared by every customer: only admins shape them.
      if (!can(actingUser(request), 'manage_templates')) throw refuse.forbidden();
      const input = parseOrRefuse(templateInputSchema, await readJson(request));
      const template = await db.transact((tx) => {
        const base = { template_id: tx.nextId('template'), template_name: input.template_name, document: input.document };
        // Keep only the fields of the template's kind, so a PDF template never carries a stray
        // subject and an email template never claims a layout.
        const row: Template =
          input.kind === 'pdf'
            ? { ...base, kind: 'pdf', layout: input.layout, ...(input.accent_color ? { accent_color: input.accent_color } : {}) }
            : { ...base, kind: 'email', subject: input.subject, body: input.body };
        return tx.templates.put(row);
      });
      return ok('The template has been created.', { template }, 201);
    }),
  ),
];
