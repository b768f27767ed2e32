/** The dialog's choices + reference data → the worker's job (headers translated here). */
import type { BulkSelection, ListContext } from '../../lib/customer-selection';
import type { Currency, Pricebook } from '../../api/schemas';
import type { MessageKey, Vars } from '../../lib/i18n';
import type { ExportSource } from './fetch-contacts';
import { needsDetails, type FieldDef } from './fields';
import type { ExportJob } from './protocol';
import { contactKeysFor, personColumnKeys, type ExportFormat, type ExportScope, type PersonColumnKey } from './row-mapping';

type Translate = (key: MessageKey, vars?: Vars) => string;

export function buildJob(
  t: Translate,
  format: ExportFormat,
  fields: FieldDef[],
  personsSheet: boolean,
  currencies: Currency[],
  pricebooks: Pricebook[],
): ExportJob {
  const withPersons = personsSheet && format !== 'csv';
  const columns = fields.map((f) => ({ key: f.key, kind: f.kind, header: f.labelKey ? t(f.labelKey) : (f.label ?? f.key) }));
  const personHeaders = Object.fromEntries(personColumnKeys.map((k) => [k, t(`export.persons.col.${k}`)])) as Record<PersonColumnKey, string>;
  return {
    format,
    details: needsDetails(fields, withPersons),
    columns,
    contactKeys: contactKeysFor(columns, withPersons),
    refs: {
      precisionByCurrency: Object.fromEntries(currencies.map((c) => [c.currency_code, c.price_precision])),
      pricebookNames: Object.fromEntries(pricebooks.map((p) => [p.pricebook_id, p.name])),
      values: {
        business: t('export.value.business'),
        individual: t('export.value.individual'),
        active: t('export.value.active'),
        inactive: t('export.value.inactive'),
      },
    },
    sheetNames: { customers: t('export.sheet.customers'), persons: t('export.sheet.persons') },
    personHeaders: withPersons ? personHeaders : null,
  };
}

/** Where the scope's customers come from. "Selected" after "select all N" is the list's view. */
export function sourceOf(scope: ExportScope, context: ListContext): ExportSource {
  const sel: BulkSelection = context.selection;
  if (scope === 'all') return { kind: 'list', filter_by: 'Status.All', search_text: '' };
  if (scope === 'selected' && !sel.allMatching) return { kind: 'ids', ids: sel.ids };
  const from = scope === 'selected' ? sel : context;
  const view = from.customview_id ? { customview_id: from.customview_id } : {};
  return { kind: 'list', filter_by: from.filter_by, search_text: from.search_text, ...view };
}
