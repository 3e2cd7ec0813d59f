import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { emptyDatabase } from '#test/databases';
import { connect, type Connection } from './db/connect';
import { countRegions } from './features/regions/repository';
import { findUserByUsername, countUsers } from './features/users/repository';
import { demoLogins } from './features/demo/logins';
import { prepareDatabase } from './startup';

let connection: Connection;
let database: Awaited<ReturnType<typeof emptyDatabase>>;
beforeAll(async () => {
  database = await emptyDatabase(inject('template'));
  connection = connect(database);
});
afterAll(async () => {
  await connection.close();
  await database.drop();
  rmSync(database.dataDir, { recursive: true, force: true });
});

describe('first start on an empty database', () => {
  it('migrates, loads every region, creates the admin from the environment and the demo', async () => {
    const report = await prepareDatabase(connection, {
      admin: { username: 'Kepala', password: 'a-long-secret' },
      demo: true,
      uploadDir: join(database.dataDir, 'uploads'),
    });
    expect(report.regionsLoaded).toBe(91_599);
    expect(await countRegions(connection.db)).toBe(91_599);
    expect(report.adminCreated).toBe('kepala');
    expect((await findUserByUsername(connection.db, 'kepala'))?.role).toBe('admin_pusat');
    expect(report.demoCreated).toBe(true);
    for (const login of demoLogins) expect(await findUserByUsername(connection.db, login.username)).toBeDefined();
    // A bound on a hung start, not a speed check: the demo through the services takes ~2 min on
    // PostgreSQL on an idle machine and several times that on a busy one.
  }, 600_000);

  it('a second start reuses the data and loads nothing twice', async () => {
    const users = await countUsers(connection.db);
    const report = await prepareDatabase(connection, {
      admin: { username: 'other', password: 'a-long-secret' },
      demo: true,
      uploadDir: join(database.dataDir, 'uploads'),
    });
    expect(report).toMatchObject({ migrations: [], regionsLoaded: 0, adminCreated: null, demoCreated: false });
    expect(await countUsers(connection.db)).toBe(users);
    expect(await countRegions(connection.db)).toBe(91_599);
  });
});
