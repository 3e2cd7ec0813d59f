import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReportRange } from '#demo/figures';
import { testApp, type Agent, type TestApp } from '#test/app';
import { testDialect } from '#test/databases';
import { hasSoffice, openInLibreOffice } from '#test/libreoffice';
import { demoPassword } from '#server/features/demo/logins';
import { seedDemo } from '#server/features/demo/seed';

// Every export of the demo province, as its provincial admin downloads it, opened in LibreOffice:
// each file opens, and shows a header row and as many rows as the screen it comes from counts.
// The files' bytes come from the same writers on either database, and each export's own test
// checks its rows against its list on both; so LibreOffice (and the demo's seeding, a minute and
// a half on PostgreSQL) runs once, on the embedded database.

let t: TestApp;
let babel: Agent;

const period = `from=${demoReportRange.from}&to=${demoReportRange.to}`;

async function json<T>(url: string): Promise<T> {
  const res = await babel.get(url);
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json<T>();
}

async function xlsx(url: string): Promise<Buffer> {
  const res = await babel.get(url);
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  return res.rawPayload;
}

describe.runIf(testDialect === 'sqlite' && hasSoffice())('every export opens in LibreOffice', () => {
  beforeAll(async () => {
    t = await testApp();
    await seedDemo(t.db, new Date('2024-09-28T12:00:00Z'), t.app.config.uploadDir);
    babel = await t.login('babel', demoPassword);
  }, 120_000);
  afterAll(() => t.close());

  it('with the rows the list, report or screen counts', { timeout: 300_000 }, async () => {
    const gatherings = (await json<{ items: { id: number; attendees: number }[] }>('/api/gatherings?region=19')).items;
    const gathering = gatherings.find((g) => g.attendees > 0);
    const courses = (await json<{ items: { id: number }[] }>('/api/courses')).items;
    const course = courses[0];
    if (!gathering || !course) throw new Error('the demo has a gathering with attendance and an Elis course');

    // What each screen counts, asked the way the screen asks.
    const expected = {
      partners: (await json<{ total: number }>('/api/partners')).total,
      activities: (await json<{ total: number }>('/api/activities')).total,
      ranking: (await json<{ total: number }>(`/api/kpi/partners?${period}`)).total,
      dashboard: (await json<{ items: unknown[] }>(`/api/dashboard/children?${period}`)).items.length,
      completeness: (await json<{ children: unknown[] }>('/api/completeness?month=2024-08')).children.length,
      silent: (await json<{ silentTotal: number }>('/api/completeness?month=2024-08')).silentTotal,
      attendance: (await json<{ attendance: unknown[] }>(`/api/gatherings/${gathering.id}`)).attendance.length,
      progress: (await json<{ total: number }>(`/api/courses/${course.id}/progress?pageSize=1`)).total,
      practices: (await json<{ total: number }>('/api/practices')).total,
      problems: (await json<{ total: number }>('/api/problems')).total,
    };
    // A check that counts nothing proves nothing: the demo has something on every screen.
    for (const [name, n] of Object.entries(expected)) expect(n, name).toBeGreaterThan(0);

    const files = {
      partners: await xlsx('/api/partners/export?format=xlsx'),
      activities: await xlsx('/api/activities/export?format=xlsx'),
      ranking: await xlsx(`/api/kpi/partners/export?format=xlsx&${period}`),
      dashboard: await xlsx(`/api/dashboard/export?format=xlsx&${period}`),
      completeness: await xlsx('/api/completeness/export?format=xlsx&month=2024-08'),
      silent: await xlsx('/api/completeness/export?format=xlsx&month=2024-08&rows=silent'),
      attendance: await xlsx(`/api/gatherings/${gathering.id}/attendance/export?format=xlsx`),
      progress: await xlsx(`/api/courses/${course.id}/progress/export?format=xlsx`),
      practices: await xlsx('/api/practices/export?format=xlsx'),
      problems: await xlsx('/api/problems/export?format=xlsx'),
    };
    const opened = openInLibreOffice(files);

    const shown = Object.fromEntries(Object.entries(opened).map(([name, rows]) => [name, rows.length - 1]));
    expect(shown).toEqual(expected);
    // The header row is the Indonesian one, not a blank line or a first data row.
    expect(opened.activities?.[0]?.[0]).toBe('ID kegiatan');
    expect(opened.partners?.[0]).toContain('Nama mitra');
  });
});
