import { createHash } from 'node:crypto';
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import { LRUCache } from 'lru-cache';
import type pg from 'pg';

/** Statements one pooled connection keeps prepared at most; past it a statement is planned each time. */
export const preparedPerConnection = 200;

/**
 * Kysely sends every query to PostgreSQL unnamed, and PostgreSQL parses and plans an unnamed
 * statement each time it runs: a report's twenty-odd statements cost the database more in
 * planning than in running (its CPU per report 11.8 → 5.0 ms with them named, BENCHMARKS.md).
 * A named statement is parsed once per connection and its plan kept. The name is the SQL's own
 * digest, so one text always has one name and two never share one.
 *
 * Named only:
 * - selects, inserts, updates and deletes: DDL (a migration) and transaction control run once or
 *   have nothing to plan;
 * - texts without LIKE: a region subtree is `code LIKE '11.%'`, and a plan kept for any prefix
 *   cannot walk the index for one (PostgreSQL would plan it with its value only while the kept
 *   plan looked dearer, a guess);
 * - up to `perConnection` texts on each connection, first come first kept: a list's `in ($1, $2,
 *   …)` is a new text for each length, and each connection's backend holds its statements until
 *   the pool closes it (ten idle seconds). The hot statements come first on a connection.
 */
export function withNamedStatements(pool: pg.Pool, perConnection = preparedPerConnection): PostgresPool {
  const states = new WeakMap<pg.PoolClient, ConnectionState>();
  // Each query's text looked up, not digested again: a digest was 3% of the server's time per report.
  const names = new LRUCache<string, string | false>({ max: 4 * perConnection });
  const nameOf = (sql: string) => {
    let name = names.get(sql);
    if (name === undefined) names.set(sql, (name = worthNaming(sql) && statementName(sql)));
    return name;
  };
  return {
    end: () => pool.end(),
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      let known = states.get(client);
      if (!known) states.set(client, (known = { prepared: new Set(), inTransaction: false, stale: false }));
      const state = known;
      function query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
      function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
      function query<R>(
        sqlOrCursor: string | PostgresCursor<R>,
        parameters?: ReadonlyArray<unknown>,
      ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
        // A cursor (a streamed export) is pg's own query object: sent as it is.
        if (typeof sqlOrCursor !== 'string') return client.query(sqlOrCursor as never);
        // pg's result is the one Kysely reads (it types `command` as a plain string).
        return sent<R>(run(client, state, sqlOrCursor, parameters ? [...parameters] : [], nameOf(sqlOrCursor), perConnection));
      }
      return { query, release: (destroy?: boolean) => client.release(destroy || state.stale) };
    },
  };
}

interface ConnectionState {
  /** Names this connection has prepared, or was asked to. */
  prepared: Set<string>;
  inTransaction: boolean;
  /** A kept statement no longer fits its table: the connection is closed when it is given back. */
  stale: boolean;
}

async function run(client: pg.PoolClient, state: ConnectionState, text: string, values: unknown[], name: string | false, bound: number) {
  if (begins.test(text)) state.inTransaction = true;
  else if (ends.test(text)) state.inTransaction = false;
  if (!name || !(state.prepared.has(name) || state.prepared.size < bound)) return client.query(text, values);
  state.prepared.add(name);
  try {
    return await client.query({ name, text, values });
  } catch (error) {
    // Another instance migrated a table this one keeps a `select *` of (a rolling upgrade):
    // PostgreSQL refuses the kept plan. The connection goes; alone, the statement runs again
    // unnamed, as it would have before. A transaction it was in has failed with it.
    if (!outgrown(error)) throw error;
    state.stale = true;
    if (state.inTransaction) throw error;
    return client.query(text, values);
  }
}

const sent = <R>(result: Promise<pg.QueryResult>) => result as unknown as Promise<PostgresQueryResult<R>>;

const begins = /^\s*(begin|start\s+transaction)\b/i;
const ends = /^\s*(commit|end|rollback(?!\s+to\b))\b/i;

const outgrown = (error: unknown) =>
  error instanceof Error && (error as { code?: string }).code === '0A000' && /cached plan must not change result type/.test(error.message);

const plans = /^\s*(select|insert|update|delete|with)\b/i;
const like = /\blike\b/i;

export const worthNaming = (sql: string) => plans.test(sql) && !like.test(sql);

/** 27 characters, within PostgreSQL's 63 for a name. */
export const statementName = (sql: string) => `q${createHash('sha1').update(sql).digest('base64url')}`;
