import { rmSync } from 'node:fs';
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { emptyDatabase } from '#test/databases';
import { connect, type Connection } from '#server/db/connect';
import { migrationProvider } from './index';

// Gatherings written as 0010 left the schema, with plain SQL: this test must not lean on today's app code.

let connection: Connection;
let database: Awaited<ReturnType<typeof emptyDatabase>>;
let migrator: Migrator;

const at = '2024-09-28T08:00:00.000Z';
const rows = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(connection.db)).rows;
const migrateTo = async (name: string) => {
  const { error } = await migrator.migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(`migration to ${name} failed`, { cause: error });
};
const demoAgenda = [
  'Penyampaian capaian Key Performance Indicator (KPI) dan Sistem Informasi Manajemen (SIM)',
  'Berbagi praktik baik antar mitra',
  'Solusi dan pemecahan permasalahan Perpusdes Cendil (Belitung Timur), Perpusdes Belo Laut (Bangka Barat) dan Perpusdes Tanjung Labu (Bangka Selatan)',
  'Pengenalan aplikasi e-learning inklusi sosial Program TPBIS (Elis)',
];

beforeAll(async () => {
  database = await emptyDatabase(inject('template'));
  connection = connect(database);
  migrator = new Migrator({ db: connection.db, provider: migrationProvider });
  await migrateTo('0011_demo_builds');
  const db = connection.db;
  await sql`INSERT INTO regions (code, name, level, parent_code, search_name) VALUES ('19', 'Kepulauan Bangka Belitung', 'provinsi', NULL, 'kepulauan bangka belitung')`.execute(
    db,
  );
  const gathering = (id: number, agenda: string) =>
    sql`INSERT INTO gatherings (id, title, date, mode, region_code, facilitators, consultants, agenda, created_at)
      VALUES (${id}, 'Gathering mitra', '2024-09-28', 'online', '19', '[]', '[]', ${agenda}, ${at})`.execute(db);
  await gathering(1, JSON.stringify(demoAgenda));
  await gathering(2, '[]');
  // Whatever an older writer left: blanks, a non-string, a title longer than an item's.
  await gathering(3, JSON.stringify(['  Pembukaan  ', '', 7, 'x'.repeat(320)]));
  await gathering(4, 'bukan json');
});
afterAll(async () => {
  await connection.close();
  await database.drop();
  rmSync(database.dataDir, { recursive: true, force: true });
});

describe('0011: the agenda as typed items', () => {
  it('turns each stored agenda into `lainnya` items in its order, and drops the old column', async () => {
    await migrateTo('0012_gathering_agenda');
    const items = await rows(sql<{ gathering_id: number; position: number; kind: string; title: string; minutes: string | null }>`
      SELECT gathering_id, position, kind, title, minutes FROM gathering_agenda_items ORDER BY gathering_id, position`);
    expect(items.filter((i) => i.gathering_id === 1)).toEqual(
      demoAgenda.map((title, position) => ({ gathering_id: 1, position, kind: 'lainnya', title, minutes: null })),
    );
    expect(items.filter((i) => i.gathering_id === 3).map((i) => [i.position, i.title.length])).toEqual([
      [0, 'Pembukaan'.length],
      [1, 300],
    ]);
    expect(items.filter((i) => i.gathering_id === 2 || i.gathering_id === 4)).toEqual([]);
    await expect(rows(sql`SELECT agenda FROM gatherings`)).rejects.toThrow();
  });

  it('takes an item’s links and follow-ups with it when it goes', async () => {
    const db = connection.db;
    const [item] = await rows(sql<{ id: number }>`SELECT id FROM gathering_agenda_items WHERE gathering_id = 1 AND position = 0`);
    await sql`INSERT INTO users (id, username, password_hash, role, created_at) VALUES (1, 'babel', 'x', 'admin_provinsi', ${at})`.execute(
      db,
    );
    await sql`INSERT INTO gathering_actions (gathering_id, item_id, what, owner, due_date, created_by, created_at, updated_at)
      VALUES (1, ${item?.id}, 'Kirim notulen', 'Sekretariat', '2024-10-05', 1, ${at}, ${at})`.execute(db);
    await sql`DELETE FROM gathering_agenda_items WHERE id = ${item?.id}`.execute(db);
    expect(await rows(sql`SELECT id FROM gathering_actions`)).toEqual([]);
  });

  it('goes back down to a JSON array of the titles, and up again', async () => {
    await migrateTo('0011_demo_builds');
    const agendas = await rows(sql<{ id: number; agenda: string }>`SELECT id, agenda FROM gatherings ORDER BY id`);
    expect(agendas.map((g) => [g.id, JSON.parse(g.agenda) as unknown])).toEqual([
      [1, demoAgenda.slice(1)],
      [2, []],
      [3, ['Pembukaan', 'x'.repeat(300)]],
      [4, []],
    ]);
    await migrateTo('0012_gathering_agenda');
    const [count] = await rows(sql<{ n: number | string }>`SELECT COUNT(*) AS n FROM gathering_agenda_items`);
    expect(Number(count?.n)).toBe(5);
  });
});
