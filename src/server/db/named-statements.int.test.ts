import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshDatabase } from '#test/databases';
import type { Database } from './database';
import { statementName, withNamedStatements } from './named-statements';

describe.runIf(process.env.TEST_DB === 'postgres')('named statements on PostgreSQL', () => {
  let db: Kysely<Database>;
  let url: string;
  let drop: () => Promise<void>;
  const opened: Kysely<Database>[] = [];
  // One connection, so every query meets the statements the ones before it left.
  const open = (bound: number) => {
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: withNamedStatements(pool, bound) }) });
    opened.push(kysely);
    return kysely;
  };
  beforeAll(async () => {
    const database = await freshDatabase(inject('template'));
    url = database.databaseUrl ?? '';
    drop = database.drop;
    db = open(4);
  });
  afterAll(async () => {
    await Promise.all(opened.map((k) => k.destroy()));
    await drop();
  });

  const prepared = async () => {
    const { rows } = await sql<{ name: string; statement: string }>`
      select name, statement from pg_prepared_statements order by statement`.execute(db);
    return rows;
  };
  const regionNamed = (code: string) => db.selectFrom('regions').select('name').where('code', '=', code).executeTakeFirst();

  it('prepares a select once on its connection and answers it as before, each time with its own values', async () => {
    expect(await regionNamed('11')).toEqual({ name: 'Aceh' });
    expect(await regionNamed('19')).toEqual({ name: 'Kepulauan Bangka Belitung' });
    const text = db.selectFrom('regions').select('name').where('code', '=', '11').compile().sql;
    const kept = (await prepared()).filter((s) => s.statement === text);
    expect(kept).toEqual([{ name: statementName(text), statement: text }]);
  });

  it('leaves a LIKE, DDL and transaction control unnamed', async () => {
    const below = await db.selectFrom('regions').select('code').where('code', 'like', '19.05.%').execute();
    expect(below.length).toBeGreaterThan(0);
    await db.transaction().execute(async (tx) => {
      await sql`create temporary table scratch (n int) on commit drop`.execute(tx);
    });
    const statements = (await prepared()).map((s) => s.statement);
    expect(statements.some((s) => /like|create|begin|commit/i.test(s))).toBe(false);
  });

  it('keeps at most its bound of statements on a connection, and runs the rest unnamed', async () => {
    // Two kept so far: the region lookup and the listing of pg_prepared_statements.
    for (const code of ['11', '12', '13']) {
      const row = await db.selectFrom('regions').select(['code', 'name']).where('code', '=', code).executeTakeFirstOrThrow();
      expect(row.code).toBe(code);
      await db
        .selectFrom('regions')
        .select(sql<number>`count(*)`.as('n'))
        .where('parent_code', '=', code)
        .executeTakeFirstOrThrow();
      await db.selectFrom('regions').select('level').where('code', '=', code).executeTakeFirstOrThrow();
    }
    const kept = await prepared();
    expect(kept).toHaveLength(4);
    // Past the bound a statement still answers.
    expect(await db.selectFrom('regions').select('code').where('code', '=', '12').executeTakeFirst()).toEqual({ code: '12' });
  });

  it('a kept `select *` whose table another instance migrated runs again, on a new connection', async () => {
    const other = open(10);
    const region = () => other.selectFrom('regions').selectAll().where('code', '=', '11').executeTakeFirstOrThrow();
    const backend = async () => (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(other)).rows[0]?.pid;
    await region();
    await region();
    const first = await backend();
    const migrate = async (statement: string) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(statement);
      await client.end();
    };

    // Alone, the statement is run again unnamed: the answer has the new column. The connection it
    // was on is closed once given back, so it refuses no other kept statement.
    await migrate('alter table regions add column note text');
    expect(await region()).toMatchObject({ code: '11', name: 'Aceh', note: null });
    const second = await backend();
    expect(second).not.toBe(first);

    // In a transaction the refusal fails the transaction, as any error there would.
    await region();
    await migrate('alter table regions add column remark text');
    const inTransaction = other.transaction().execute((tx) => tx.selectFrom('regions').selectAll().where('code', '=', '11').execute());
    await expect(inTransaction).rejects.toMatchObject({ code: '0A000' });
    expect(await region()).toMatchObject({ code: '11', note: null, remark: null });
    expect(await backend()).not.toBe(second);
  });
});
