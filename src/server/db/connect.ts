import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type DatabaseConnection,
  type Driver,
  type SqliteDatabase,
  type SqliteDialectConfig,
} from 'kysely';
import { LRUCache } from 'lru-cache';
import pg from 'pg';
import type { Database, Db, Dialect } from './database';
import { commitTogether } from './group-commit';
import { withNamedStatements } from './named-statements';
import { attachNotices, PgNotices } from './notifications';

// COUNT and SUM come back from PostgreSQL as int8/numeric strings; every figure here fits a double.
pg.types.setTypeParser(pg.types.builtins.INT8, Number);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, Number);

export interface Connection {
  db: Db;
  dialect: Dialect;
  /** The SQLite file; undefined on PostgreSQL. */
  file?: string;
  close(): Promise<void>;
}

/** The embedded database's file in the data directory. */
export const sqliteFileIn = (dataDir: string) => join(dataDir, 'sim-tpbis.db');

export function connect(options: {
  databaseUrl?: string | undefined;
  dataDir: string;
  file?: string;
  /** A process that writes one large transaction (a CLI import), not the server. */
  bulkWrites?: boolean;
}): Connection {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection dropped by the server (a restart, a failover) must not end the process:
    // the pool replaces it on the next query.
    pool.on('error', (err) => console.error(`PostgreSQL connection lost: ${err.message}`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: withNamedStatements(pool) }) });
    const notices = new PgNotices(options.databaseUrl);
    attachNotices(db, notices);
    return {
      db,
      dialect: 'postgres',
      close: async () => {
        await notices.close();
        await db.destroy();
      },
    };
  }
  mkdirSync(options.dataDir, { recursive: true });
  const file = options.file ?? sqliteFileIn(options.dataDir);
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // Another process (CLI, second server) may hold the write lock briefly.
  sqlite.pragma('busy_timeout = 5000');
  // Region subtrees are asked as `region_code LIKE '19.05.%'`; SQLite only walks an index for a
  // case-sensitive LIKE. Codes are digits and dots, and searched names are stored lower-cased.
  sqlite.pragma('case_sensitive_like = ON');
  // Each multi-row statement inside a transaction keeps a journal to undo itself alone; on disk
  // (SQLite's default) that is a write call per page it changes: for a 50,000-row import ~1.8
  // million, half the import's system time. In memory they cost nothing. Not for the server: its
  // temporary tables (a large sort) would be held in memory too.
  if (options.bulkWrites) sqlite.pragma('temp_store = MEMORY');
  // Lets the planner learn the tables' shapes (SQLite's advice for long-lived connections).
  sqlite.pragma('optimize = 0x10002');
  const dialect = new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }, !options.bulkWrites);
  const db = new Kysely<Database>({ dialect });
  commitTogether(db, sqlite);
  return { db, dialect: 'sqlite', file, close: () => db.destroy() };
}

/**
 * Transactions take the write lock at BEGIN (`BEGIN IMMEDIATE`), not at their first write. A
 * deferred transaction reads a snapshot and fails with SQLITE_BUSY_SNAPSHOT, whatever the busy
 * timeout, when another process (a CLI import or reminder round, a second server) committed
 * between its first read and its first write; an immediate one waits its turn at BEGIN instead.
 * Within the process Kysely's one connection runs transactions one at a time, so nothing is lost.
 *
 * `journalsInMemory`: while a transaction is open its temporary files are kept in memory. Those
 * are chiefly the journals that let a savepoint (each transaction of a group commit,
 * group-commit.ts) or a multi-row statement be undone alone: on disk each page it first changes
 * is a write call, and a grouped report's spilled past SQLite's 64 KB into a file (a third of the
 * server's write calls per report). SQLite takes the setting when the transaction begins. A large
 * sort inside a transaction (a rollup rebuild, an import) is held in memory too, as a CLI's bulk
 * connection always holds it; one outside a transaction still goes to disk.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  constructor(
    config: SqliteDialectConfig,
    private readonly journalsInMemory: boolean,
  ) {
    super(config);
  }

  override createDriver(): Driver {
    const driver = super.createDriver();
    const run = (connection: DatabaseConnection, statement: string) => connection.executeQuery(CompiledQuery.raw(statement));
    const inMemory = this.journalsInMemory;
    const commit = driver.commitTransaction.bind(driver);
    const rollback = driver.rollbackTransaction.bind(driver);
    driver.beginTransaction = async (connection) => {
      if (!inMemory) return void (await run(connection, 'begin immediate'));
      await run(connection, 'pragma temp_store = memory');
      try {
        await run(connection, 'begin immediate');
      } catch (error) {
        // Not begun (the lock not had in time): nothing will be committed or rolled back to reset it.
        await run(connection, 'pragma temp_store = default');
        throw error;
      }
    };
    // Reset even when the commit or rollback fails (SQLite may have rolled back already).
    const ending = (end: (connection: DatabaseConnection) => Promise<void>) => async (connection: DatabaseConnection) => {
      try {
        await end(connection);
      } finally {
        if (inMemory) await run(connection, 'pragma temp_store = default');
      }
    };
    driver.commitTransaction = ending(commit);
    driver.rollbackTransaction = ending(rollback);
    return driver;
  }
}

/**
 * Kysely prepares every query anew, and better-sqlite3 compiles the SQL each time: a report's
 * two dozen statements spent more time being compiled than run. The same SQL text reuses its
 * compiled statement (bounded, least recently used dropped). A statement still being iterated is
 * never handed out twice: a busy one gets a fresh prepare.
 */
export function withStatementCache(sqlite: SQLite.Database, size = 1000): SqliteDatabase {
  const statements = new LRUCache<string, SQLite.Statement>({ max: size });
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      const kept = statements.get(sql);
      if (kept && !kept.busy) return kept;
      const statement = sqlite.prepare(sql);
      if (!kept) statements.set(sql, statement);
      return statement;
    },
  };
}

/**
 * An SQLite file opened only to read (a backup being checked, a reader thread): no pragma or
 * statistics written to it. `pageCacheKb`: SQLite's own page cache, 16 MB unless told.
 */
export function connectReadonly(file: string, options: { pageCacheKb?: number } = {}): Connection {
  const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
  if (options.pageCacheKb !== undefined) sqlite.pragma(`cache_size = -${Math.round(options.pageCacheKb)}`);
  // A reader thread asks the same few queries all day: compiled once each, as the server's are.
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}
