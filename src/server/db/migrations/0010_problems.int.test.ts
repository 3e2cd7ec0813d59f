import { rmSync } from 'node:fs';
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { emptyDatabase } from '#test/databases';
import { connect, type Connection } from '#server/db/connect';
import { migrationProvider } from './index';

// Rows written with plain SQL: this test must not lean on today's app code.

let connection: Connection;
let database: Awaited<ReturnType<typeof emptyDatabase>>;
let migrator: Migrator;

const at = '2024-09-28T08:00:00.000Z';
const count = async (table: string) =>
  Number((await sql<{ n: number | string }>`SELECT COUNT(*) AS n FROM ${sql.table(table)}`.execute(connection.db)).rows[0]?.n);
const migrateTo = async (name: string) => {
  const { error } = await migrator.migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(`migration to ${name} failed`, { cause: error });
};

beforeAll(async () => {
  database = await emptyDatabase(inject('template'));
  connection = connect(database);
  migrator = new Migrator({ db: connection.db, provider: migrationProvider });
  await migrateTo('0010_problems');
  const db = connection.db;
  await sql`INSERT INTO regions (code, name, level, parent_code, search_name) VALUES ('19', 'Kepulauan Bangka Belitung', 'provinsi', NULL, 'kepulauan bangka belitung')`.execute(
    db,
  );
  await sql`INSERT INTO partners (id, name, type, scheme, region_code, cohort_year, created_at, updated_at) VALUES (1, 'Perpusdes Cendil', 'desa', 'buku_bermutu', '19', 2021, ${at}, ${at})`.execute(
    db,
  );
  await sql`INSERT INTO users (id, username, password_hash, role, partner_id, created_at) VALUES (1, 'cendil', 'x', 'pengelola', 1, ${at})`.execute(
    db,
  );
  await sql`INSERT INTO gatherings (id, title, date, mode, region_code, facilitators, consultants, agenda, created_at)
    VALUES (1, 'Gathering mitra', '2024-09-28', 'offline', '19', '[]', '[]', '[]', ${at})`.execute(db);
});
afterAll(async () => {
  await connection.close();
  await database.drop();
  rmSync(database.dataDir, { recursive: true, force: true });
});

describe('0010: problems, their actions and the gatherings that discussed them', () => {
  it('a problem takes its actions and gathering links with it when it goes', async () => {
    const db = connection.db;
    for (const id of [1, 2]) {
      await sql`INSERT INTO problems (id, partner_id, title, category, description, status, created_by, created_at, updated_at)
        VALUES (${id}, 1, 'Internet putus', 'sarana_tik', 'Sering putus', 'terbuka', 1, ${at}, ${at})`.execute(db);
      await sql`INSERT INTO problem_actions (problem_id, what, owner, due_date, created_by, created_at, updated_at)
        VALUES (${id}, 'Hubungi Diskominfo', 'Cendil', '2024-10-01', 1, ${at}, ${at})`.execute(db);
      await sql`INSERT INTO problem_gatherings (gathering_id, problem_id) VALUES (1, ${id})`.execute(db);
    }
    const done = await sql<{ done: number }>`SELECT done FROM problem_actions WHERE problem_id = 1`.execute(db);
    expect(done.rows.map((r) => Number(r.done))).toEqual([0]);

    await sql`DELETE FROM problems WHERE id = 1`.execute(db);
    expect([await count('problems'), await count('problem_actions'), await count('problem_gatherings')]).toEqual([1, 1, 1]);
    await expect(sql`INSERT INTO problem_gatherings (gathering_id, problem_id) VALUES (1, 2)`.execute(db)).rejects.toThrow();
  });

  it('goes down without a trace, and up again', async () => {
    await migrateTo('0007_owned_photos_comments');
    await expect(count('problems')).rejects.toThrow();
    await expect(count('problem_actions')).rejects.toThrow();
    await expect(count('problem_gatherings')).rejects.toThrow();
    await migrateTo('0010_problems');
    expect(await count('problems')).toBe(0);
  });
});
