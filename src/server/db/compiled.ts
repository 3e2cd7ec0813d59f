import { CompiledQuery, type Compilable, type QueryResult } from 'kysely';
import type { DbOrTx } from './database';

// Kysely builds and compiles a query anew on every call; on the write path of a report that cost
// about twice what SQLite spent running the statements. A hot statement is built once per dialect
// and shape with stand-ins for its parameters, and then only run with new ones.

/** Stands in for one parameter while the query is built; its path says where the value is in the arguments. */
class Slot {
  constructor(
    readonly key: string,
    readonly index?: number,
    readonly field?: string,
  ) {}
}

type Params = Record<string, unknown>;

interface Prepared {
  sql: string;
  /** Each compiled parameter: the argument it stands for, or a constant the builder wrote itself. */
  parameters: readonly unknown[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The arguments with every value replaced by its stand-in, one level into arrays and their rows
 * (a list of statuses, the rows of a multi-row insert). Undefined stays undefined: Kysely leaves such a column out.
 */
function slotted(p: Params): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(p)) {
    if (value === undefined) out[key] = undefined;
    else if (Array.isArray(value)) {
      out[key] = value.map((item: unknown, index) => {
        if (!isRecord(item)) return new Slot(key, index);
        return Object.fromEntries(
          Object.entries(item).map(([field, v]) => [field, v === undefined ? undefined : new Slot(key, index, field)]),
        );
      });
    } else out[key] = new Slot(key);
  }
  return out;
}

/** Lists up to this long are compiled once; a longer one (a batch's) is built as usual, not kept as a one-off shape. */
const longestKeptList = 16;

const hasLongList = (p: Params, longest: number) => Object.values(p).some((v) => Array.isArray(v) && v.length > longest);

/**
 * The rows cut into chunks of `largest` (a power of two), the rest into halving sizes down to 16,
 * and what is left (fewer than 16 rows, which are always kept) as one: a multi-row statement fed
 * only such chunks has a bounded number of shapes, so `compiledOnce(…, { longestList: largest })`
 * compiles each once, however many rows come. A short list stays one chunk.
 */
export function inFixedChunks<T>(rows: readonly T[], largest: number): T[][] {
  if (rows.length <= longestKeptList) return rows.length === 0 ? [] : [rows.slice()];
  const chunks: T[][] = [];
  let at = 0;
  while (rows.length - at >= largest) chunks.push(rows.slice(at, (at += largest)));
  for (let size = largest >> 1; size >= longestKeptList; size >>= 1)
    if (rows.length - at >= size) chunks.push(rows.slice(at, (at += size)));
  if (at < rows.length) chunks.push(rows.slice(at));
  return chunks;
}

/** What makes two calls compile to the same SQL: which arguments are present, and the lengths and columns of lists. */
function shapeOf(p: Params): string {
  let shape = '';
  for (const [key, value] of Object.entries(p)) {
    shape += value === undefined ? `${key}?` : key;
    if (Array.isArray(value)) {
      shape += `[${value.length}]`;
      const first: unknown = value[0];
      if (isRecord(first))
        shape += `(${Object.keys(first)
          .filter((f) => first[f] !== undefined)
          .join(',')})`;
    }
    shape += ';';
  }
  return shape;
}

function valueOf(p: Params, slot: Slot): unknown {
  const value = p[slot.key];
  if (slot.index === undefined) return value;
  const item: unknown = (value as unknown[])[slot.index];
  return slot.field === undefined ? item : (item as Record<string, unknown>)[slot.field];
}

/**
 * A query built once per dialect and shape, run with each call's arguments. `build` must use its
 * arguments only as values (never to decide the query's form: that is what the shape is for), and
 * rows of a list must all have the same columns. A statement fed its rows `inFixedChunks` keeps
 * lists up to `longestList`; any other list longer than 16 is built as usual.
 */
export function compiledOnce<P extends Params, R>(build: (db: DbOrTx, p: P) => Compilable<R>, options: { longestList?: number } = {}) {
  const longest = options.longestList ?? longestKeptList;
  // Per dialect adapter: a transaction shares its database's, and tests open both dialects in one process.
  const byAdapter = new WeakMap<object, Map<string, Prepared>>();
  return (db: DbOrTx, p: P): Promise<QueryResult<R>> => {
    if (hasLongList(p, longest)) return db.executeQuery(build(db, p));
    const adapter = db.getExecutor().adapter;
    let shapes = byAdapter.get(adapter);
    if (!shapes) byAdapter.set(adapter, (shapes = new Map<string, Prepared>()));
    const shape = shapeOf(p);
    let prepared = shapes.get(shape);
    if (!prepared) {
      const compiled = build(db, slotted(p) as P).compile();
      prepared = { sql: compiled.sql, parameters: compiled.parameters };
      shapes.set(shape, prepared);
    }
    const parameters = prepared.parameters.map((x) => (x instanceof Slot ? valueOf(p, x) : x));
    return db.executeQuery<R>(CompiledQuery.raw(prepared.sql, parameters));
  };
}
