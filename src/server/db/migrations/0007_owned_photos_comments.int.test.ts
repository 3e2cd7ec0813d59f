import { rmSync } from 'node:fs';
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { emptyDatabase } from '#test/databases';
import { connect, type Connection } from '#server/db/connect';
import { migrationProvider } from './index';

// Rows written as 0006 left the schema, with plain SQL: this test must not lean on today's app code.

let connection: Connection;
let database: Awaited<ReturnType<typeof emptyDatabase>>;
let migrator: Migrator;

const rows = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(connection.db)).rows;
const migrateTo = async (name: string) => {
  const { error } = await migrator.migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(`migration to ${name} failed`, { cause: error });
};

beforeAll(async () => {
  database = await emptyDatabase(inject('template'));
  connection = connect(database);
  migrator = new Migrator({ db: connection.db, provider: migrationProvider });
  await migrateTo('0006_region_prefix_indexes');
  const db = connection.db;
  const at = '2024-09-28T08:00:00.000Z';
  await sql`INSERT INTO regions (code, name, level, parent_code, search_name) VALUES ('19', 'Kepulauan Bangka Belitung', 'province', NULL, 'kepulauan bangka belitung')`.execute(
    db,
  );
  await sql`INSERT INTO partners (id, name, type, scheme, region_code, cohort_year, created_at, updated_at) VALUES (1, 'Perpusdes Puput', 'desa', 'full_support', '19', 2019, ${at}, ${at})`.execute(
    db,
  );
  await sql`INSERT INTO users (id, username, password_hash, role, partner_id, created_at) VALUES (1, 'puput', 'x', 'pengelola', 1, ${at})`.execute(
    db,
  );
  for (const id of [3, 4]) {
    await sql`INSERT INTO activities (id, partner_id, region_code, strategy, title, date, participants_male, participants_female, status, created_by, created_at, updated_at)
      VALUES (${id}, 1, '19', 'advokasi', 'Audiensi kepala desa', '2024-09-01', 2, 3, 'draft', 1, ${at}, ${at})`.execute(db);
  }
  await sql`INSERT INTO activity_events (id, activity_id, actor_id, at, kind, changes, comment) VALUES
    (1, 3, 1, ${at}, 'created', NULL, NULL),
    (2, 3, 1, ${at}, 'edited', '{"title":{"from":"a","to":"b"}}', NULL),
    (5, 4, 1, ${at}, 'created', NULL, NULL),
    (40, 3, 1, ${at}, 'commented', NULL, 'Foto kegiatan belum ada.')`.execute(db);
  await sql`INSERT INTO activity_photos (id, activity_id, file_name, width, height, bytes, created_by, created_at) VALUES
    (7, 3, 'a.jpg', 1600, 1067, 120000, 1, ${at}),
    (12, 4, 'b.jpg', 800, 600, 50000, 1, ${at})`.execute(db);
});
afterAll(async () => {
  await connection.close();
  await database.drop();
  rmSync(database.dataDir, { recursive: true, force: true });
});

const tableExists = async (table: string) => {
  try {
    await sql`SELECT 1 FROM ${sql.table(table)}`.execute(connection.db);
    return true;
  } catch {
    return false;
  }
};

describe('0007: photos and the audit trail keyed by owner', () => {
  it('moves every activity event and photo over with its id, as owner kind "activity"', async () => {
    await migrateTo('0007_owned_photos_comments');
    expect(
      await rows(sql<{ id: number; owner_kind: string; owner_id: number; kind: string; changes: string | null; comment: string | null }>`
      SELECT id, owner_kind, owner_id, kind, changes, comment FROM audit_events ORDER BY id`),
    ).toEqual([
      { id: 1, owner_kind: 'activity', owner_id: 3, kind: 'created', changes: null, comment: null },
      { id: 2, owner_kind: 'activity', owner_id: 3, kind: 'edited', changes: '{"title":{"from":"a","to":"b"}}', comment: null },
      { id: 5, owner_kind: 'activity', owner_id: 4, kind: 'created', changes: null, comment: null },
      { id: 40, owner_kind: 'activity', owner_id: 3, kind: 'commented', changes: null, comment: 'Foto kegiatan belum ada.' },
    ]);
    expect(
      await rows(sql<{ id: number; owner_kind: string; owner_id: number; file_name: string }>`
        SELECT id, owner_kind, owner_id, file_name FROM photos ORDER BY id`),
    ).toEqual([
      { id: 7, owner_kind: 'activity', owner_id: 3, file_name: 'a.jpg' },
      { id: 12, owner_kind: 'activity', owner_id: 4, file_name: 'b.jpg' },
    ]);
    expect(await tableExists('activity_events')).toBe(false);
    expect(await tableExists('activity_photos')).toBe(false);
  });

  it('numbers new rows after the moved ones', async () => {
    const at = '2024-09-29T08:00:00.000Z';
    const [event] = await rows(sql<{ id: number }>`
      INSERT INTO audit_events (owner_kind, owner_id, actor_id, at, kind) VALUES ('activity', 4, 1, ${at}, 'submitted') RETURNING id`);
    const [photo] = await rows(sql<{ id: number }>`
      INSERT INTO photos (owner_kind, owner_id, file_name, width, height, bytes, created_by, created_at)
      VALUES ('activity', 4, 'c.jpg', 10, 10, 100, 1, ${at}) RETURNING id`);
    expect(event?.id).toBeGreaterThan(40);
    expect(photo?.id).toBeGreaterThan(12);
  });

  it('goes back down to the per-activity tables with every row, and up again', async () => {
    await migrateTo('0006_region_prefix_indexes');
    expect(await tableExists('audit_events')).toBe(false);
    expect(await tableExists('photos')).toBe(false);
    const events = await rows(sql<{ id: number; activity_id: number }>`SELECT id, activity_id FROM activity_events ORDER BY id`);
    expect(events.map((e) => [e.id, e.activity_id])).toEqual([
      [1, 3],
      [2, 3],
      [5, 4],
      [40, 3],
      [41, 4],
    ]);
    const photos = await rows(sql<{ id: number; activity_id: number }>`SELECT id, activity_id FROM activity_photos ORDER BY id`);
    expect(photos.map((p) => [p.id, p.activity_id])).toEqual([
      [7, 3],
      [12, 4],
      [13, 4],
    ]);
    await migrateTo('0007_owned_photos_comments');
    expect(await rows(sql<{ n: number }>`SELECT COUNT(*) AS n FROM audit_events`)).toEqual([{ n: 5 }]);
  });
});
