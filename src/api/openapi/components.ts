/**
 * The named schemas of the OpenAPI document: the contract's resources (as the API answers
 * them) and inputs (as it takes them), converted with zod's own JSON Schema converter
 * (`z.toJSONSchema`, draft 2020-12) so that shared parts become `$ref`s between components.
 */
import { z } from 'zod/mini';
import {
  addressInputSchema,
  addressSchema,
  attachmentInputSchema,
  attachmentSchema,
  bulkInputSchema,
  bulkResultSchema,
  cloneInputSchema,
  commentSchema,
  contactInputSchema,
  contactPersonFieldsSchema,
  contactPersonInputSchema,
  contactPersonSchema,
  contactSchema,
  contactSummarySchema,
  currencySchema,
  customFieldSchema,
  customFieldValueSchema,
  defaultTemplatesSchema,
  duplicateGroupSchema,
  emailInputSchema,
  errorEnvelopeSchema,
  fieldErrorSchema,
  importInputSchema,
  importResultSchema,
  importSummarySchema,
  invoiceInputSchema,
  invoiceSchema,
  lineItemInputSchema,
  lineItemSchema,
  mergeInputSchema,
  mockConfigInputSchema,
  mockStateSchema,
  newContactPersonSchema,
  outboxEmailSchema,
  pageContextSchema,
  paymentInputSchema,
  paymentSchema,
  paymentTermSchema,
  preferencesInputSchema,
  preferencesSchema,
  pricebookSchema,
  reminderRuleInputSchema,
  reminderRuleSchema,
  reminderScheduleInputSchema,
  resetInputSchema,
  selectAllSchema,
  statementLineSchema,
  statementMailContentSchema,
  statementSchema,
  templateInputSchema,
  templateSchema,
  upcomingReminderSchema,
  userSchema,
} from '../schemas';

export type JsonSchema = Record<string, unknown>;

interface Named {
  id: string;
  description?: string;
}

/** Resources as the API answers them (`io: 'output'`: defaults filled in, objects closed). */
export const outputComponents: [z.ZodMiniType, Named][] = [
  [contactSchema, { id: 'Contact', description: 'A customer, as `GET /contacts/{contact_id}` answers it.' }],
  [contactSummarySchema, { id: 'ContactSummary', description: 'A row of the customer list.' }],
  [addressSchema, { id: 'Address' }],
  [contactPersonSchema, { id: 'ContactPerson' }],
  [customFieldValueSchema, { id: 'CustomFieldValue' }],
  [defaultTemplatesSchema, { id: 'DefaultTemplates', description: "The customer's own templates; empty for the org default." }],
  [pageContextSchema, { id: 'PageContext', description: 'Where a page sits in the whole list (`total` is *ext*).' }],
  [commentSchema, { id: 'Comment', description: 'A history entry.' }],
  [upcomingReminderSchema, { id: 'UpcomingReminder' }],
  [userSchema, { id: 'User' }],
  [currencySchema, { id: 'Currency' }],
  [paymentTermSchema, { id: 'PaymentTerm' }],
  [pricebookSchema, { id: 'Pricebook' }],
  [customFieldSchema, { id: 'CustomField' }],
  [preferencesSchema, { id: 'Preferences' }],
  [reminderRuleSchema, { id: 'ReminderRule' }],
  [templateSchema, { id: 'Template' }],
  [invoiceSchema, { id: 'Invoice' }],
  [lineItemSchema, { id: 'LineItem' }],
  [paymentSchema, { id: 'Payment' }],
  [statementSchema, { id: 'Statement' }],
  [statementLineSchema, { id: 'StatementLine' }],
  [statementMailContentSchema, { id: 'StatementMailContent' }],
  [outboxEmailSchema, { id: 'OutboxEmail' }],
  [attachmentSchema, { id: 'Attachment' }],
  [bulkResultSchema, { id: 'BulkResult' }],
  [importResultSchema, { id: 'ImportResult' }],
  [importSummarySchema, { id: 'ImportSummary' }],
  [duplicateGroupSchema, { id: 'DuplicateGroup' }],
  [mockStateSchema, { id: 'MockState' }],
  [errorEnvelopeSchema, { id: 'ErrorEnvelope', description: 'Every non-2xx answer: a non-zero `code`, a human sentence, and for 1001 the fields at fault.' }],
  [fieldErrorSchema, { id: 'FieldError' }],
];

/** What the API takes (`io: 'input'`: defaulted fields optional, unknown keys ignored). */
export const inputComponents: [z.ZodMiniType, Named][] = [
  [contactInputSchema, { id: 'ContactInput', description: 'A customer as create and update take it.' }],
  [
    contactPersonInputSchema,
    { id: 'ContactPersonInput', description: 'A contact person inside `ContactInput`: with `contact_person_id` for an existing one.' },
  ],
  [addressInputSchema, { id: 'AddressInput' }],
  [newContactPersonSchema, { id: 'NewContactPersonInput' }],
  [contactPersonFieldsSchema, { id: 'ContactPersonFieldsInput' }],
  [emailInputSchema, { id: 'EmailInput' }],
  [attachmentInputSchema, { id: 'AttachmentInput' }],
  [cloneInputSchema, { id: 'CloneInput' }],
  [mergeInputSchema, { id: 'MergeInput' }],
  [bulkInputSchema, { id: 'BulkInput' }],
  [selectAllSchema, { id: 'SelectAll', description: 'Every customer the list would show for this filter and search (within what the acting user may see).' }],
  [importInputSchema, { id: 'ImportInput' }],
  [invoiceInputSchema, { id: 'InvoiceInput' }],
  [lineItemInputSchema, { id: 'LineItemInput' }],
  [paymentInputSchema, { id: 'PaymentInput' }],
  [templateInputSchema, { id: 'TemplateInput' }],
  [preferencesInputSchema, { id: 'PreferencesInput' }],
  [reminderScheduleInputSchema, { id: 'ReminderScheduleInput' }],
  [reminderRuleInputSchema, { id: 'ReminderRuleInput' }],
  [resetInputSchema, { id: 'ResetInput' }],
  [mockConfigInputSchema, { id: 'MockConfigInput' }],
];

/** Schemas written as a reference to a component where zod cannot know it (import rows are creates). */
const describedAs = new Map<z.ZodMiniType, string>([[importInputSchema.shape.rows._zod.def.element as z.ZodMiniType, 'ContactInput']]);

export const ref = (id: string): JsonSchema => ({ $ref: `#/components/schemas/${id}` });

/** zod's integer bounds that only say "a safe integer": noise for readers. */
function tidy(schema: JsonSchema): void {
  if (schema.type === 'integer') {
    if (schema.minimum === Number.MIN_SAFE_INTEGER) delete schema.minimum;
    if (schema.maximum === Number.MAX_SAFE_INTEGER) delete schema.maximum;
  }
}

type Override = NonNullable<Parameters<typeof z.toJSONSchema>[1]>['override'];
interface Def {
  type: string;
  in?: { _zod: { def: Def } };
  out?: { _zod: { def: Def } };
  innerType?: { _zod: { def: Def } };
  entries?: Record<string, string>;
  defaultValue?: unknown;
}
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/**
 * The values of a string read in any spelling and turned into one of an enum's (a pipe from a
 * string through a transform into the enum, as the list query's `caseless` is): zod can only
 * say "a string" of its input side.
 */
function caselessValues(def: Def): string[] | undefined {
  if (def.type !== 'pipe' || def.out?._zod.def.type !== 'enum') return undefined;
  const from = def.in?._zod.def;
  if (from?.type !== 'pipe' || from.in?._zod.def.type !== 'string') return undefined;
  return Object.values(def.out._zod.def.entries ?? {});
}

const override: Override = (ctx) => {
  const js = ctx.jsonSchema as JsonSchema;
  const target = describedAs.get(ctx.zodSchema as unknown as z.ZodMiniType);
  if (target) {
    for (const k of Object.keys(js)) delete js[k];
    Object.assign(js, ref(target));
    return;
  }
  const def = defOf(ctx.zodSchema);
  const inner = def.type === 'default' && def.innerType ? def.innerType._zod.def : def;
  const values = caselessValues(inner);
  if (values) {
    for (const k of Object.keys(js)) delete js[k];
    Object.assign(js, {
      type: 'string',
      enum: values,
      description: 'Any case is taken, and the spellings Zoho also uses; answers use the spelling listed here.',
      ...(def.type === 'default' ? { default: def.defaultValue } : {}),
    });
    return;
  }
  tidy(js);
};

export const conversion = { unrepresentable: 'any', override } as const;

/** One registry's schemas as components (no `$schema`/`$id`: they live inside the document). */
export function convertRegistry(entries: [z.ZodMiniType, Named][], io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<Named>();
  for (const [schema, meta] of entries) registry.add(schema, meta);
  const { schemas } = z.toJSONSchema(registry, { ...conversion, io, uri: (id) => `#/components/schemas/${id}` });
  const out: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema as JsonSchema;
    out[id] = rest;
  }
  return out;
}

/** A schema on its own (a parameter), inline. */
export function convertOne(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _s, ...rest } = z.toJSONSchema(schema, { ...conversion, io }) as JsonSchema;
  return rest;
}
