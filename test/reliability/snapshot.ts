import { sql, type RawBuilder } from 'kysely';
import type { Connection } from '#server/db/connect';
import type { Db, Dialect } from '#server/db/database';

/**
 * Every row of every table, as JSON text per table. Regions (91,599 rows that no route writes)
 * would cost more to read than the request under test; suites compare their count once instead.
 */
export type Snapshot = Map<string, Set<string>>;

export interface RowChange {
  table: string;
  change: 'added' | 'removed';
  row: string;
}

const unwatched = new Set(['regions']);
const statements = new WeakMap<Db, Promise<(except: readonly string[]) => RawBuilder<{ t: string; r: string }>>>();

/**
 * One statement that reads every table at once (a snapshot is taken around each of thousands of
 * requests, so one round trip rather than one per table). The tables are the ones the database
 * lists, so a table added by a later migration is watched too.
 */
function statementFor(db: Db, dialect: Dialect) {
  let statement = statements.get(db);
  if (!statement) {
    statement = db.introspection.getTables().then((tables) => (except: readonly string[]) => {
      const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
      const parts = tables
        .filter((table) => !except.includes(table.name) && !unwatched.has(table.name))
        .map((table) => {
          const name = `'${table.name}'`;
          if (dialect === 'postgres') return `select ${name} as t, row_to_json(x)::text as r from ${q(table.name)} x`;
          const columns = table.columns.map((c) => `'${c.name}', ${q(c.name)}`).join(', ');
          return `select ${name} as t, json_object(${columns}) as r from ${q(table.name)}`;
        });
      return sql<{ t: string; r: string }>`${sql.raw(parts.join(' union all '))}`;
    });
    statements.set(db, statement);
  }
  return statement;
}

export async function snapshot({ db, dialect }: Connection, except: readonly string[] = []): Promise<Snapshot> {
  const { rows } = await (await statementFor(db, dialect))(except).execute(db);
  const result: Snapshot = new Map();
  for (const { t, r } of rows) {
    const set = result.get(t) ?? new Set<string>();
    set.add(r);
    result.set(t, set);
  }
  return result;
}

const marks = new WeakMap<Db, Promise<RawBuilder<{ mark: string }>>>();

/**
 * A cheap sign that something was written. SQLite: the count of rows changed on this connection,
 * which is the app's own (it also moves for a write that was rolled back). PostgreSQL: each
 * table's row count and newest row version (`xmin`), which every insert, update or delete that
 * commits moves, whatever other databases on the server do meanwhile. An unmoved mark proves
 * nothing changed; a moved one asks for a real snapshot.
 */
async function writeMark({ db, dialect }: Connection): Promise<string> {
  let statement = marks.get(db);
  if (!statement) {
    statement = db.introspection.getTables().then((tables) => {
      if (dialect === 'sqlite') return sql<{ mark: string }>`select total_changes() as mark`;
      const parts = tables
        .filter((table) => !unwatched.has(table.name))
        .map((table) => `select count(*) || ':' || coalesce(max(xmin::text::bigint), 0) as mark from "${table.name}"`);
      return sql<{ mark: string }>`${sql.raw(parts.join(' union all '))}`;
    });
    marks.set(db, statement);
  }
  const { rows } = await (await statement).execute(db);
  return rows.map((r) => String(r.mark)).join('|');
}

/** Snapshots taken only when the write mark moved since the last one: thousands of refused requests cost one query each. */
export class TableWatcher {
  private last: { mark: string; snapshot: Snapshot } | null = null;
  constructor(
    private readonly connection: Connection,
    private readonly except: readonly string[] = [],
  ) {}

  async current(): Promise<Snapshot> {
    const mark = await writeMark(this.connection);
    if (this.last?.mark !== mark) this.last = { mark, snapshot: await snapshot(this.connection, this.except) };
    return this.last.snapshot;
  }
}

export async function regionCount({ db }: Connection): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from regions`.execute(db);
  return Number(rows[0]?.n);
}

/** Rows present in one snapshot and not the other; an updated row counts as one removed and one added. */
export function changesBetween(before: Snapshot, after: Snapshot): RowChange[] {
  const changes: RowChange[] = [];
  for (const table of new Set([...before.keys(), ...after.keys()])) {
    const was = before.get(table) ?? new Set<string>();
    const is = after.get(table) ?? new Set<string>();
    for (const row of is) if (!was.has(row)) changes.push({ table, change: 'added', row });
    for (const row of was) if (!is.has(row)) changes.push({ table, change: 'removed', row });
  }
  return changes;
}

/** How many rows a change touched: an update is one row, not an added and a removed one. */
export function rowsTouched(changes: RowChange[]): number {
  const perTable = new Map<string, { added: number; removed: number }>();
  for (const c of changes) {
    const t = perTable.get(c.table) ?? { added: 0, removed: 0 };
    t[c.change] += 1;
    perTable.set(c.table, t);
  }
  return [...perTable.values()].reduce((n, t) => n + Math.max(t.added, t.removed), 0);
}

export const describeChanges = (changes: RowChange[]) =>
  changes
    .slice(0, 6)
    .map((c) => `${c.change} ${c.table} ${c.row.slice(0, 160)}`)
    .join('\n');
