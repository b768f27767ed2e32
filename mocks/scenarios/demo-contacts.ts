/** Demo customer specs → contact records (the seed supplies phone numbers, dates and limits). */
import type { Address, ContactPerson, CustomFieldValue } from '../../src/api/schemas';
import { contactPerson, contactRecord, emptyAddress } from '../db/builders';
import type { ContactRecord } from '../db/types';
import { addDays } from '../rules/dates';
import { CURRENCIES, CUSTOM_FIELDS, DEFAULT_TEMPLATES, TEMPLATES } from './reference';
import type { AddressSpec, CurrencyCode, CustomerSpec, CustomerVariant } from './demo-spec';
import { phoneFor } from './phones';
import type { Rng } from './rng';
import { stampAt } from './time';

/** A customer as it appears in one scenario (the Japanese one swaps in its `ja` variant). */
export interface ResolvedCustomer {
  spec: CustomerSpec;
  v: CustomerVariant;
  currency: CurrencyCode;
  lang: string;
}

export function resolveCustomer(spec: CustomerSpec, japanese: boolean): ResolvedCustomer {
  if (japanese && spec.ja) {
    // The variant replaces every variant field (a Tokyo address must not keep a US region).
    return { spec, v: spec.ja, currency: spec.ja.currency ?? 'JPY', lang: spec.ja.lang ?? 'ja' };
  }
  return { spec, v: spec, currency: spec.currency, lang: spec.lang ?? 'en' };
}

export interface ContactContext {
  rng: Rng;
  anchor: string;
  termsLabel: (days: number) => string;
  nextPersonId: () => string;
}

function address(a: AddressSpec | undefined): Address {
  return a ? { ...emptyAddress(), ...a } : emptyAddress();
}

function persons(r: ResolvedCustomer, ctx: ContactContext): ContactPerson[] {
  const country = r.v.billing?.country;
  return (r.v.persons ?? []).map((p, i) =>
    contactPerson({
      contact_person_id: ctx.nextPersonId(),
      salutation: p.salutation ?? '',
      first_name: p.first,
      last_name: p.last,
      email: p.email ?? '',
      phone: p.phone ? phoneFor(ctx.rng, country, 'work') : '',
      mobile: p.mobile ? phoneFor(ctx.rng, country, 'mobile') : '',
      designation: p.designation ?? '',
      department: p.department ?? '',
      is_primary_contact: i === 0,
    }),
  );
}

function customFields(r: ResolvedCustomer, ctx: ContactContext): CustomFieldValue[] {
  const out: CustomFieldValue[] = [];
  const { rng } = ctx;
  if (r.spec.customFields) {
    out.push({ customfield_id: CUSTOM_FIELDS.code, label: 'Customer Code', value: `C-${r.spec.id.padStart(4, '0')}` });
  }
  if (r.v.region) out.push({ customfield_id: CUSTOM_FIELDS.region, label: 'Region', value: r.v.region });
  if (r.spec.customFields) {
    const limit = r.currency === 'JPY' ? rng.int(10, 200) * 100_000 : rng.int(5, 150) * 1_000;
    out.push({ customfield_id: CUSTOM_FIELDS.creditLimit, label: 'Credit Limit', value: limit });
    out.push({ customfield_id: CUSTOM_FIELDS.contractDate, label: 'Contract Date', value: addDays(ctx.anchor, -rng.int(200, 900)) });
  }
  return out;
}

export function demoContact(r: ResolvedCustomer, ctx: ContactContext): ContactRecord {
  const { spec, v } = r;
  const contactPersons = persons(r, ctx);
  const primary = contactPersons[0];
  const billing = address(v.billing);
  const shipping = v.shipping === 'none' ? emptyAddress() : v.shipping ? address(v.shipping) : { ...billing };
  const created = stampAt(ctx.anchor, -ctx.rng.int(220, 520), ctx.rng.int(8 * 60, 18 * 60));
  const japaneseStatements = r.lang === 'ja';
  return contactRecord(
    {
      contact_id: spec.id,
      contact_name: v.name,
      company_name: spec.individual ? (v.company ?? '') : (v.company ?? v.name),
      customer_sub_type: spec.individual ? 'individual' : 'business',
      // The contact's email and phones mirror its primary person, as the API promises.
      email: primary?.email ?? '',
      phone: primary?.phone ?? '',
      mobile: primary?.mobile ?? '',
      website: v.website ?? '',
      language_code: r.lang,
      currency_id: CURRENCIES[r.currency],
      payment_terms: spec.terms,
      payment_terms_label: ctx.termsLabel(spec.terms),
      pricebook_id: spec.pricebook ?? '',
      owner_id: spec.owner ?? '',
      status: spec.inactive ? 'inactive' : 'active',
      is_portal_enabled: spec.portal ?? false,
      payment_reminder_enabled: !spec.remindersOff,
      notes: v.notes ?? '',
      billing_address: billing,
      shipping_address: shipping,
      contact_persons: contactPersons,
      custom_fields: customFields(r, ctx),
      default_templates: {
        ...DEFAULT_TEMPLATES,
        statement_template_id: spec.statementTemplate ?? (japaneseStatements ? TEMPLATES.statementJapanese : TEMPLATES.statementStandard),
        statement_email_template_id: japaneseStatements ? TEMPLATES.statementEmailJa : TEMPLATES.statementEmail,
      },
      merged_into_contact_id: spec.mergedInto ?? '',
    },
    created,
  );
}
