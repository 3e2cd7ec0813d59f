import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#server/app';
import { loadConfig } from '#server/config';
import { connect } from '#server/db/connect';
import { photoPath } from '#server/features/photos/storage';
import { prepareDatabase } from '#server/startup';
import { Agent, testApp, testPassword, type TestApp } from '#test/app';
import { testDialect } from '#test/databases';
import { makeActivity, makePartner, makeUser } from '#test/factories';
import { backupSqlite } from './backup';
import { restoreSqlite } from './restore';

type Photo = { id: number; url: string; thumbnailUrl: string };
type ActivityBody = { id: number; photoCount: number; photos: Photo[] };

const folders: string[] = [];
const newFolder = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `sim-${name}-`));
  folders.push(dir);
  return dir;
};

let t: TestApp;
let puput: Agent;
let pusat: Agent;
let databaseFile: string;
/** Each photo's bytes as served right after its upload, by URL: some are deleted before the end. */
const served = new Map<string, Buffer>();

const jpeg = (shade: number) =>
  sharp({ create: { width: 320, height: 240, channels: 3, background: { r: shade, g: 100, b: 200 - shade } } })
    .jpeg()
    .toBuffer();

async function upload(activityId: number, shade: number): Promise<Photo> {
  const boundary = `----simbackup${shade}`;
  const res = await puput.request({
    method: 'POST',
    url: `/api/activities/${activityId}/photos`,
    payload: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="f.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
      await jpeg(shade),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  expect(res.statusCode, res.body).toBe(201);
  const photo = res.json<Photo>();
  for (const url of [photo.url, photo.thumbnailUrl]) served.set(url, (await puput.get(url)).rawPayload);
  return photo;
}

async function remove(activityId: number, photo: Photo): Promise<void> {
  expect((await puput.delete(`/api/activities/${activityId}/photos/${photo.id}`)).statusCode).toBe(204);
}

/** The server started on a restored data directory, as `sim-tpbis start` would. */
async function serverOn(dataDir: string): Promise<{ login: (username: string) => Promise<Agent>; close: () => Promise<void> }> {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', SIM_DEMO: '0' });
  const connection = connect({ dataDir });
  await prepareDatabase(connection, { admin: null, demo: false });
  const app = await buildApp({ config, connection, logger: false, webRoot: '/nonexistent' });
  await app.ready();
  return {
    login: async (username) => {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: testPassword } });
      expect(res.statusCode, res.body).toBe(200);
      const cookie = res.cookies.find((c) => c.name === 'sim_session')?.value ?? '';
      return new Agent(app, `sim_session=${cookie}`, res.json<{ csrfToken: string }>().csrfToken);
    },
    close: async () => {
      await app.close();
      await connection.close();
    },
  };
}

describe.runIf(testDialect === 'sqlite')('backup and restore (SQLite)', () => {
  let quiet: number;
  let busy: number;
  let churned: number;
  let deletedBeforeSnapshot: Photo;
  let deletedAfterSnapshot: Photo;

  beforeAll(async () => {
    t = await testApp();
    const partner = await makePartner(t.db, { regionCode: '19.05.06.2005', name: 'Perpusdes Puput' });
    await makePartner(t.db, { regionCode: '19.06.04.2003', name: 'Perpusdes Cendil' });
    const manager = await makeUser(t.db, { role: 'pengelola', partnerId: partner.id, username: 'puput' });
    await makeUser(t.db, { role: 'admin_pusat', username: 'pusat' });
    [puput, pusat] = await Promise.all([t.login('puput'), t.login('pusat')]);
    const activity = async (title: string) => (await makeActivity(t.db, { partnerId: partner.id, reporterId: manager.id, title })).id;
    quiet = await activity('Bedah buku bersama warga');
    busy = await activity('Kelas menjahit ibu-ibu');
    churned = await activity('Pelatihan internet desa');
    await upload(quiet, 10);
    await remove(quiet, await upload(quiet, 20));
    await upload(quiet, 30);
    deletedBeforeSnapshot = await upload(churned, 40);
    deletedAfterSnapshot = await upload(churned, 50);
    // Uploaded yesterday, as most photos are when a backup runs (a photo written moments before
    // its copy might still have been being written, and is copied again: see backupSqlite).
    const { file_name } = await t.db
      .selectFrom('photos')
      .select('file_name')
      .where('id', '=', deletedAfterSnapshot.id)
      .executeTakeFirstOrThrow();
    const yesterday = new Date(Date.now() - 24 * 3600_000);
    for (const size of ['full', 'thumb'] as const) utimesSync(photoPath(t.app.config.uploadDir, file_name, size), yesterday, yesterday);
    const { rows } = await sql<{ file: string }>`PRAGMA database_list`.execute(t.db);
    databaseFile = rows[0]?.file ?? '';
  });
  afterAll(async () => {
    await t.close();
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it('backs up the running server consistently while it takes and deletes photos, restores into an empty folder and starts with the same data', async () => {
    const source = { databaseFile, uploadDir: t.app.config.uploadDir, version: 'test' };
    const backupDir = join(newFolder('backup'), 'nightly');
    let addedBeforeSnapshot: Photo | undefined;
    const manifest = await backupSqlite(source, backupDir, () => new Date(), {
      // The server keeps working between the backup's steps.
      afterUploadsCopied: async () => {
        addedBeforeSnapshot = await upload(busy, 60);
        await remove(churned, deletedBeforeSnapshot);
      },
      afterSnapshot: async () => {
        await upload(busy, 70);
        await remove(churned, deletedAfterSnapshot);
      },
    });
    expect(manifest).toMatchObject({ format: 1, app: 'sim-tpbis', version: 'test', database: { dialect: 'sqlite' } });
    // Quiet's two photos, the one added before the snapshot, the one deleted after it.
    expect(manifest.uploads).toMatchObject({ photos: 4, files: 8 });
    // One self-contained database file: no WAL left beside it.
    expect(readdirSync(backupDir).sort()).toEqual(['backup.json', 'sim-tpbis.db', 'uploads']);

    // Restore refuses a data directory that holds anything, and a folder that is not a finished backup.
    const used = newFolder('used');
    writeFileSync(join(used, 'sim-tpbis.db'), 'precious');
    await expect(restoreSqlite(backupDir, { dataDir: used, uploadDir: join(used, 'uploads') })).rejects.toThrow(
      /data directory \(DATA_DIR\) .* is not empty \(sim-tpbis\.db\)/,
    );
    const elsewhere = join(newFolder('elsewhere'), 'data');
    await expect(restoreSqlite(newFolder('not-a-backup'), { dataDir: elsewhere, uploadDir: join(elsewhere, 'uploads') })).rejects.toThrow(
      /not a finished sim-tpbis backup/,
    );
    // Nor does a backup go into a folder that holds anything.
    await expect(backupSqlite(source, backupDir, () => new Date())).rejects.toThrow(/backup folder .* is not empty/);

    const dataDir = join(newFolder('restored'), 'data');
    await restoreSqlite(backupDir, { dataDir, uploadDir: join(dataDir, 'uploads') });
    const restored = await serverOn(dataDir);
    try {
      const again = await restored.login('pusat');
      const manager = await restored.login('puput');
      // The same partners and the untouched activity, field for field.
      expect((await again.get('/api/partners')).json()).toEqual((await pusat.get('/api/partners')).json());
      expect((await again.get(`/api/activities/${quiet}`)).json()).toEqual((await pusat.get(`/api/activities/${quiet}`)).json());
      expect((await again.get('/api/activities')).json<{ total: number }>().total).toBe(3);

      // The photos as of the snapshot, each with both files, byte for byte.
      const photosOf = async (id: number) => (await manager.get(`/api/activities/${id}`)).json<ActivityBody>();
      expect((await photosOf(busy)).photos.map((p) => p.id)).toEqual([addedBeforeSnapshot?.id]);
      expect((await photosOf(churned)).photos.map((p) => p.id)).toEqual([deletedAfterSnapshot.id]);
      for (const id of [quiet, busy, churned]) {
        const activity = await photosOf(id);
        expect(activity.photos).toHaveLength(activity.photoCount);
        for (const photo of activity.photos) {
          for (const url of [photo.url, photo.thumbnailUrl]) {
            const copy = await manager.get(url);
            expect(copy.statusCode, url).toBe(200);
            expect(copy.rawPayload.equals(served.get(url) ?? Buffer.alloc(0)), url).toBe(true);
          }
        }
      }
    } finally {
      await restored.close();
    }
  });
});
