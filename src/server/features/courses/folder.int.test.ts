import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LearnerCourse, LearnerLesson } from '#domain/course-learning';
import type { AuthoredCourse } from '#domain/courses';
import type { Actor } from '#domain/permissions';
import { connect } from '#server/db/connect';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { answersFor } from '#test/courses';
import { freshDatabase } from '#test/databases';
import { makeUser } from '#test/factories';
import { runCli } from '#test/reliability/server';
import { importCourseFolder, importingAuthor } from './folder';

const demoFolder = fileURLToPath(new URL('../../../demo/elis/dasar-inklusi-sosial', import.meta.url));
const now = new Date('2024-09-20T02:00:00Z');

let t: TestApp;
let pusat: Agent;
let puput: Agent;
let author: Actor;
let work: string;

beforeAll(async () => {
  t = await testApp();
  ({ pusat, puput } = (await castOf(t, { staff: ['pusat'], managers: ['puput'] })).agents);
  author = await importingAuthor(t.db, 'pusat');
  work = mkdtempSync(join(tmpdir(), 'sim-elis-'));
});
afterAll(async () => {
  await t.close();
  rmSync(work, { recursive: true, force: true });
});

/** A copy of the demo folder to edit, named as the demo's so a re-import finds the same course. */
function copyOfDemo(name: string): string {
  const dir = join(work, name, 'dasar-inklusi-sosial');
  cpSync(demoFolder, dir, { recursive: true });
  return dir;
}

const authored = async (id: number) => (await pusat.get(`/api/courses/${id}/authoring`)).json<AuthoredCourse>();

describe('importing a course folder', () => {
  let courseId: number;

  it('creates the demo course through the course service, published', async () => {
    const report = await importCourseFolder(t.db, author, demoFolder, { publish: true, now });
    expect(report).toMatchObject({ created: true, published: true, size: { modules: 6, lessons: 19, quizzes: 6, questions: 30 } });
    courseId = report.courseId;
    const course = await authored(courseId);
    expect(course.status).toBe('published');
    expect(course.slug).toBe('dasar-inklusi-sosial');
    expect(course.audience).toBe('pengelola perpustakaan desa dan TBM');
    expect(course.modules.find((m) => m.slug === 'advokasi')?.indicatorCodes).toEqual(['advokasi']);
    const lesson = (await puput.get(`/api/courses/${courseId}/lessons/${course.modules[0]?.lessons[0]?.id}`)).json<LearnerLesson>();
    expect(lesson.bodyHtml).toContain('<a href="https://www.perpusnas.go.id" target="_blank"');
  });

  it('finds nothing to change in the same folder again, and writes nothing', async () => {
    const before = await authored(courseId);
    const report = await importCourseFolder(t.db, author, demoFolder, { publish: true, now: new Date('2024-10-01T00:00:00Z') });
    expect(report).toMatchObject({ created: false, changed: false, published: false });
    const after = await authored(courseId);
    expect(after.updatedAt).toBe(before.updatedAt);
    expect(after.revision).toBe(before.revision);
  });

  it('keeps learners’ progress when a re-import reorders, rewrites and removes lessons', async () => {
    const course = await authored(courseId);
    const advokasi = course.modules.find((m) => m.slug === 'advokasi');
    if (!advokasi) throw new Error('demo course changed');
    const [first, second, third] = advokasi.lessons;
    if (!first || !second || !third) throw new Error('demo course changed');
    for (const lesson of [first, second, third]) await puput.post(`/api/courses/${courseId}/lessons/${lesson.id}/complete`, {});
    await puput.post(`/api/courses/${courseId}/modules/${advokasi.id}/quiz`, { answers: answersFor(advokasi) });

    // The next edition: lessons 01 and 02 of advocacy swap places, 03 is rewritten, one lesson of another module goes.
    const dir = copyOfDemo('edisi-2');
    const module = join(dir, '04-advokasi');
    renameSync(join(module, '01-apa-itu-advokasi.md'), join(module, '09-tmp.md'));
    renameSync(join(module, '02-audiensi-kepala-desa-dan-bpd.md'), join(module, '01-audiensi-kepala-desa-dan-bpd.md'));
    renameSync(join(module, '09-tmp.md'), join(module, '02-apa-itu-advokasi.md'));
    const third3 = join(module, '03-musrenbangdes-dan-dana-desa.md');
    writeFileSync(third3, `${readFileSync(third3, 'utf8')}\n> **Tambahan:** catat hasil Musrenbangdes di SIM.\n`);
    rmSync(join(dir, '01-mengenal-tpbis', '03-pusat-kegiatan-masyarakat.md'));

    const report = await importCourseFolder(t.db, author, dir, { publish: true, now: new Date('2024-10-02T00:00:00Z') });
    expect(report.changed).toBe(true);
    expect(report.edit?.lessons).toEqual({ kept: 18, added: 0, removed: 1 });
    expect(report.edit?.questions).toEqual({ kept: 30, added: 0, removed: 0 });
    const edited = await authored(courseId);
    expect(edited.modules.find((m) => m.slug === 'advokasi')?.lessons.map((l) => l.id)).toEqual([second.id, first.id, third.id]);

    const progress = (await puput.get(`/api/courses/${courseId}`)).json<LearnerCourse>().progress;
    expect(progress?.lessonsDone).toEqual([first.id, second.id, third.id].sort((a, b) => a - b));
    expect(progress?.quizzesPassed).toEqual([advokasi.id]);
  });

  it('uploads a lesson’s pictures through the photo checks, and a re-import replaces them', async () => {
    const dir = copyOfDemo('bergambar');
    mkdirSync(join(dir, '02-layanan-informasi', 'gambar'));
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 20, g: 90, b: 160 } } })
      .png()
      .toBuffer();
    writeFileSync(join(dir, '02-layanan-informasi', 'gambar', 'papan-info.png'), png);
    const lessonFile = join(dir, '02-layanan-informasi', '01-kebutuhan-informasi-warga.md');
    writeFileSync(lessonFile, `${readFileSync(lessonFile, 'utf8')}\n![Papan informasi desa](gambar/papan-info.png)\n`);

    const options = { publish: true, now: new Date('2024-10-03T00:00:00Z'), uploadDir: t.app.config.uploadDir };
    expect((await importCourseFolder(t.db, author, dir, options)).images).toBe(1);
    const course = await authored(courseId);
    expect(course.images).toHaveLength(1);
    const image = course.images[0];
    const lesson = course.modules[1]?.lessons[0];
    expect(lesson?.body).toContain(`![Papan informasi desa](${image?.url})`);
    const view = (await puput.get(`/api/courses/${courseId}/lessons/${lesson?.id}`)).json<LearnerLesson>();
    expect(view.bodyHtml).toContain(`<img src="${image?.url}" alt="Papan informasi desa" loading="lazy">`);
    const served = await puput.get(image?.url ?? '');
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');

    await importCourseFolder(t.db, author, dir, options);
    const again = await authored(courseId);
    expect(again.images).toHaveLength(1);
    expect(again.images[0]?.id).not.toBe(image?.id);
    expect((await puput.get(image?.url ?? '')).statusCode).toBe(404);
  });

  it('refuses pictures inside a transaction, where their files could not follow a rollback', async () => {
    const dir = join(work, 'bergambar', 'dasar-inklusi-sosial');
    await expect(t.db.transaction().execute((tx) => importCourseFolder(tx, author, dir, { publish: false, now }))).rejects.toThrow(
      /pictures/,
    );
  });
});

describe('sim-tpbis elis import', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let env: Record<string, string>;
  beforeAll(async () => {
    database = await freshDatabase(inject('template'));
    // The CLI opens DATA_DIR/sim-tpbis.db on SQLite, DATABASE_URL on PostgreSQL.
    if (database.file) renameSync(database.file, join(database.dataDir, 'sim-tpbis.db'));
    env = { DATA_DIR: database.dataDir, LOG_LEVEL: 'silent', ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}) };
  });
  afterAll(async () => {
    await database.drop();
    rmSync(database.dataDir, { recursive: true, force: true });
  });

  it('says there is no national admin to act as, then imports, then finds nothing to change', async () => {
    const none = await runCli(['elis', 'import', demoFolder], env);
    expect(none.code).toBe(1);
    expect(none.output).toMatch(/no national admin/);

    const connection = connect({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
    await makeUser(connection.db, { role: 'admin_pusat', username: 'perpusnas' });
    await connection.close();

    const first = await runCli(['elis', 'import', demoFolder, '--publish'], env);
    expect(first.code, first.output).toBe(0);
    expect(first.output).toMatch(
      /created course \d+ "Dasar-dasar Perpustakaan Berbasis Inklusi Sosial" \(dasar-inklusi-sosial\): 6 modules, 19 lessons/,
    );
    expect(first.output).toMatch(/published/);
    const second = await runCli(['elis', 'import', demoFolder, '--publish'], env);
    expect(second.code, second.output).toBe(0);
    expect(second.output).toMatch(/nothing changed/);
  }, 120_000);

  it('lists the folder’s problems and exits 1', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'sim-elis-broken-'));
    writeFileSync(join(broken, 'course.md'), '---\ntitle: "x"\n---\n');
    const res = await runCli(['elis', 'import', broken], env);
    rmSync(broken, { recursive: true, force: true });
    expect(res.code).toBe(1);
    expect(res.output).toMatch(/course\.md: summary/);
    expect(res.output).toMatch(/the folder has no module/);
  }, 60_000);
});
