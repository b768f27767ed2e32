/**
 * The mock's data store: one in-memory Map per table, written only inside `transact`, which
 * journals every change so a failure anywhere in a write leaves nothing half-done, and hands
 * the committed changes to the persistence layer (IndexedDB in the browser).
 */
import { tableKeys, tableNames, type Dataset, type TableName, type Tables } from './types';
import { TabQueue } from './write-lock';

export interface Change {
  table: TableName;
  id: string;
  /** The new record, or null when it was deleted. */
  value: unknown;
}

type Journal = Map<string, { table: TableName; id: string; before: unknown }>;

export class Table<K extends TableName> {
  private readonly byId = new Map<string, Tables[K]>();
  /** What `load` was given and the saved changes applied since, until the first use keys them. */
  private unkeyed: { rows: () => Tables[K][]; changes: Change[] } | null = null;
  constructor(
    private readonly db: Database,
    readonly name: K,
  ) {}

  /**
   * Every row by id. Loaded rows are keyed on first use, so a table the first page never reads
   * (the large scenario's 100,000 creation comments) costs nothing on a reload.
   */
  get rows(): Map<string, Tables[K]> {
    const pending = this.unkeyed;
    if (pending) {
      this.unkeyed = null;
      const key = tableKeys[this.name] as keyof Tables[K];
      for (const row of pending.rows()) this.byId.set(String(row[key]), row);
      for (const c of pending.changes) this.apply(c);
    }
    return this.byId;
  }

  get(id: string): Tables[K] | undefined {
    return this.rows.get(id);
  }
  has(id: string): boolean {
    return this.rows.has(id);
  }
  all(): Tables[K][] {
    return [...this.values()];
  }
  /**
   * Every row in the table's order. Rows just loaded are read as they came, not keyed: the first
   * list after a reload only walks the contacts, invoices and payments.
   */
  values(): Iterable<Tables[K]> {
    const pending = this.unkeyed;
    return pending && pending.changes.length === 0 ? pending.rows() : this.rows.values();
  }
  get size(): number {
    return this.rows.size;
  }
  /** Insert or replace; only inside a transaction. */
  put(row: Tables[K]): Tables[K] {
    const id = String(row[tableKeys[this.name] as keyof Tables[K]]);
    this.db.record(this.name, id, this.rows.get(id));
    this.rows.set(id, row);
    return row;
  }
  delete(id: string): void {
    if (!this.rows.has(id)) return;
    this.db.record(this.name, id, this.rows.get(id));
    this.rows.delete(id);
  }
  /** Replace every row, without journaling (scenario build and hydration only). */
  load(rows: () => Tables[K][]): void {
    this.byId.clear();
    this.unkeyed = { rows, changes: [] };
  }
  /** Apply a saved change without journaling (hydration, another tab's write). */
  apply(c: Change): void {
    if (this.unkeyed) this.unkeyed.changes.push(c);
    else if (c.value === null) this.byId.delete(c.id);
    else this.byId.set(c.id, c.value as Tables[K]);
  }
}

export type Tx = { [K in TableName]: Table<K> } & { nextId: (counter: string) => string };

/** Thrown by a test's fault hook to prove transactions roll back. */
export class InjectedFault extends Error {}

export class Database {
  readonly tables: { [K in TableName]: Table<K> };
  counters: Record<string, number> = {};
  /** Bumped after every committed write; derived caches key on it. */
  version = 0;
  private journal: Journal | null = null;
  private countersBefore: Record<string, number> | null = null;
  private writes = 0;
  /** Test hook: throw inside the next transaction after this many row writes. */
  failAfterWrites: number | null = null;
  /**
   * A scripted fault armed for one write request (`withWriteFault`): the first of its
   * transactions whose writes exceed `after` throws `error`, and so rolls back whole.
   */
  private writeFault: { after: number; error: () => Error } | null = null;
  /** Where there is no gate (Node), write requests still run one at a time, as in a tab. */
  private readonly localWrites = new TabQueue();
  /** Called with the changes of every committed transaction; awaited before responding. */
  onCommit: ((changes: Change[], counters: Record<string, number>) => Promise<void>) | null = null;
  /**
   * Runs each transaction, its commit hook included, exclusively (the browser's cross-tab write
   * lock, persistence.ts); without one (Node) a transaction starts at once, as it always did.
   */
  gate: (<T>(run: () => Promise<T>) => Promise<T>) | null = null;
  /** True while a whole write request runs under the gate (`exclusive`). */
  private exclusiveHeld = false;

  constructor() {
    const tables = {} as Record<TableName, Table<TableName>>;
    for (const name of tableNames) tables[name] = new Table(this, name);
    this.tables = tables as { [K in TableName]: Table<K> };
  }

  /** Replace all data (scenario reset / hydration). Not journaled. */
  replaceAll(data: Dataset): void {
    // Read when first used (see Table.rows): a scenario may make a table only when it is read.
    for (const name of tableNames) (this.tables[name] as Table<TableName>).load(() => data[name] as Tables[TableName][]);
    this.counters = { ...data.counters };
    this.version++;
  }

  /** Apply persisted changes on top of the generated scenario (hydration). */
  applyChanges(changes: Change[]): void {
    for (const c of changes) (this.tables[c.table] as Table<TableName> | undefined)?.apply(c);
    this.version++;
  }

  record(table: TableName, id: string, before: unknown): void {
    if (!this.journal) throw new Error(`write to ${table} outside a transaction`);
    const key = `${table}/${id}`;
    if (!this.journal.has(key)) this.journal.set(key, { table, id, before });
    this.writes++;
    if (this.failAfterWrites !== null && this.writes > this.failAfterWrites) {
      this.failAfterWrites = null;
      throw new InjectedFault('Injected fault in the middle of a write.');
    }
    const fault = this.writeFault;
    if (fault && this.writes > fault.after) {
      this.writeFault = null;
      throw fault.error();
    }
  }

  /**
   * Run one write request with a fault armed inside it: a put or delete that makes a
   * transaction's count of written records exceed `after` throws `error()`. Call it inside
   * `exclusive`, so no other request's transaction can meet the fault.
   */
  async withWriteFault<T>(after: number, error: () => Error, run: () => Promise<T>): Promise<T> {
    this.writeFault = { after, error };
    try {
      return await run();
    } finally {
      this.writeFault = null;
    }
  }

  nextId(counter: string): string {
    if (!this.journal) throw new Error('nextId outside a transaction');
    const n = (this.counters[counter] ?? 0) + 1;
    this.counters[counter] = n;
    return String(n);
  }

  /**
   * Run `fn` as one all-or-nothing write. If it throws, every row it touched is restored
   * and the error is rethrown; otherwise the changes are persisted before it resolves.
   */
  transact<T>(fn: (tx: Tx) => T): Promise<T> {
    // A call inside a running transaction joins it (transactSync), and one inside `exclusive`
    // already holds the gate, so neither may queue behind it.
    return this.gate && !this.journal && !this.exclusiveHeld ? this.gate(() => this.commit(fn)) : this.commit(fn);
  }

  /**
   * Run a whole write request under the gate: the reads and checks it makes before its
   * transaction (the stored record an If-Match is compared with, a merge's plan, a delete's
   * 3002/3009) then see every other tab's saved writes, and nothing lands in between.
   * Without a gate (Node: tests, the standalone server) write requests queue in this process,
   * so one request's armed fault (`withWriteFault`) never meets another's transaction.
   */
  async exclusive<T>(run: () => Promise<T>): Promise<T> {
    if (!this.gate) return this.localWrites.run(run);
    return this.gate(async () => {
      this.exclusiveHeld = true;
      try {
        return await run();
      } finally {
        this.exclusiveHeld = false;
      }
    });
  }

  private async commit<T>(fn: (tx: Tx) => T): Promise<T> {
    const result = this.transactSync(fn);
    const changes = this.lastChanges;
    this.lastChanges = [];
    if (changes.length && this.onCommit) await this.onCommit(changes, { ...this.counters });
    return result;
  }

  private lastChanges: Change[] = [];

  /** The synchronous core of `transact` (no persistence wait); nested calls join the outer one. */
  transactSync<T>(fn: (tx: Tx) => T): T {
    if (this.journal) return fn(this.tx());
    this.journal = new Map();
    this.countersBefore = { ...this.counters };
    this.writes = 0;
    try {
      const result = fn(this.tx());
      const journal = this.journal;
      this.lastChanges = [...journal.values()].map(({ table, id }) => ({
        table,
        id,
        value: this.tables[table].get(id) ?? null,
      }));
      if (this.lastChanges.length) this.version++;
      return result;
    } catch (err) {
      for (const { table, id, before } of this.journal.values()) {
        const rows = this.tables[table].rows as Map<string, unknown>;
        if (before === undefined) rows.delete(id);
        else rows.set(id, before);
      }
      this.counters = this.countersBefore ?? this.counters;
      // Caches keyed on the version may have been built mid-transaction from rows now undone.
      this.version++;
      throw err;
    } finally {
      this.journal = null;
      this.countersBefore = null;
      this.failAfterWrites = null;
    }
  }

  private tx(): Tx {
    return Object.assign(Object.create(null), this.tables, {
      nextId: (c: string) => this.nextId(c),
    }) as Tx;
  }
}
