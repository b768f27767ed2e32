/**
 * Run-time placeholders of the fuzz bodies (`@contact:3`, see arbitraries.ts `RefKind`),
 * resolved against the store as it is when the request is sent, and from what the acting user
 * may see, so generated requests reach real records.
 */
import type { User } from '../../src/api/schemas';
import type { ContactRecord } from '../db/types';
import { db } from '../runtime';
import { canSeeContact } from '../rules/access';
import type { Json } from './arbitraries';

/** `@kind:n`, optionally followed by text appended to the resolved value. */
const PLACEHOLDER = /^@([a-z-]+):(\d+)(.*)$/s;

/** Resolves placeholders against the current store; `contact` is the record the path names. */
export class Resolver {
  contact?: string;
  customer?: string;
  private readonly contacts = [...db.tables.contacts.rows.values()];
  /** What the acting user may see: `contact` and `active` draw from these, `any` from all. */
  private readonly visible: ContactRecord[];

  constructor(user: User) {
    this.visible = this.contacts.filter((c) => canSeeContact(user, c));
  }

  private pool(kind: string): string[] {
    const ofContact = (id: string | undefined) => (id ? db.tables.contacts.get(id) : undefined);
    const persons = (ofContact(this.contact) ? [ofContact(this.contact) as ContactRecord] : this.visible).flatMap((c) => c.contact_persons);
    const lmt = ofContact(this.contact)?.last_modified_time ?? '';
    switch (kind) {
      case 'any':
        return this.contacts.map((c) => c.contact_id);
      case 'contact':
        return this.visible.map((c) => c.contact_id);
      case 'active':
        return this.visible.filter((c) => c.status === 'active' && !c.merged_into_contact_id).map((c) => c.contact_id);
      case 'mailable':
        return this.visible.filter((c) => c.contact_persons.some((p) => p.email)).map((c) => c.contact_id);
      case 'usd':
        return this.visible.filter((c) => c.status === 'active' && !c.merged_into_contact_id && c.currency_id === '1').map((c) => c.contact_id);
      case 'person':
        return persons.map((p) => p.contact_person_id);
      case 'email':
        return persons.map((p) => p.email).filter(Boolean);
      case 'invoice': {
        const all = db.tables.invoices.all().filter((i) => i.balance_minor > 0);
        const own = all.filter((i) => i.customer_id === this.customer);
        return (own.length ? own : all).map((i) => i.invoice_id);
      }
      case 'name':
        return this.contacts.map((c) => c.contact_name);
      case 'lmt':
        return lmt ? [lmt] : [];
      case 'lmt-z':
        return lmt ? [new Date(lmt).toISOString()] : [];
      case 'lmt-offset':
        return lmt ? [new Date(Date.parse(lmt) + 9 * 3600_000).toISOString().replace('Z', '+09:00')] : [];
      default:
        return [];
    }
  }

  value(s: string): string {
    const m = PLACEHOLDER.exec(s);
    if (!m) return s;
    const pool = this.pool(m[1]);
    return (pool.length ? pool[Number(m[2]) % pool.length] : '999999') + m[3];
  }

  path(p: string): string {
    return p
      .split('/')
      .map((seg) => {
        const v = this.value(seg);
        if (/^@(contact|active|any|mailable|usd):/.test(seg)) this.contact = v;
        if (seg.startsWith('@person')) this.contact = this.contacts.find((c) => c.contact_persons.some((x) => x.contact_person_id === v))?.contact_id;
        return encodeURIComponent(v);
      })
      .join('/');
  }

  body(b: Json, key = ''): Json {
    if (typeof b === 'string') {
      const v = this.value(b);
      if (key === 'customer_id') this.customer = v;
      return v;
    }
    if (Array.isArray(b)) return b.map((x) => this.body(x, key));
    if (b && typeof b === 'object') {
      const out: Record<string, Json> = {};
      for (const [k, v] of Object.entries(b)) Object.defineProperty(out, k, { value: this.body(v, k), enumerable: true, writable: true, configurable: true });
      return out;
    }
    return b;
  }
}
