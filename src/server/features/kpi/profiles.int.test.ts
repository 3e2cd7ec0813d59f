import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tpbis2024Profile } from '#domain/kpi/tpbis2024';
import { testApp, type TestApp } from '#test/app';
import { makeUser } from '#test/factories';
import { profileForPeriod, profilesForDays, profileWatchOf, publishProfileVersion } from './profiles';

let t: TestApp;
let actorId: number;
beforeAll(async () => {
  t = await testApp();
  actorId = (await makeUser(t.db, { role: 'admin_pusat' })).id;
});
afterAll(() => t.close());

const now = new Date('2024-09-28T08:00:00Z');
// Generous: on PostgreSQL another instance learns of a version from its notice; the condition is waited for, not the time.
const poll = { timeout: 30_000, interval: 20 };

describe('the KPI profile version in force', () => {
  it('is a new version from its effective date the moment it is published, here and (once told) on another instance', async () => {
    const twin = await t.twin();
    // Both instances have read (and on PostgreSQL kept) the versions before the new one.
    if (t.connection.dialect === 'postgres') {
      for (const db of [t.db, twin.db]) {
        await profileForPeriod(db, '2025-06-30');
        await expect.poll(() => profileWatchOf(db)?.listening, poll).toBe(true);
      }
    }
    expect((await profileForPeriod(t.db, '2025-06-30')).version).toBe(1);
    expect((await profileForPeriod(twin.db, '2025-06-30')).version).toBe(1);

    const stricter = { ...tpbis2024Profile, thresholds: { green: 85, yellow: 55 } };
    const published = await publishProfileVersion(t.db, { definition: stricter, effectiveFrom: '2025-01-01', actorId, now });
    expect(published.version).toBe(2);
    expect((await profileForPeriod(t.db, '2025-06-30')).version).toBe(2);
    // A period ending before the new version keeps the old one.
    expect((await profileForPeriod(t.db, '2024-12-31')).version).toBe(1);
    const byDay = await profilesForDays(t.db, ['2024-06-30', '2025-01-01']);
    expect([...byDay.values()].map((v) => v.definition.thresholds.green)).toEqual([80, 85]);

    await expect.poll(async () => (await profileForPeriod(twin.db, '2025-06-30')).version, poll).toBe(2);
    // On PostgreSQL the versions were answered from what was kept, not read each time.
    if (t.connection.dialect === 'postgres') expect(profileWatchOf(t.db)?.answers).toBeGreaterThan(1);
    expect((await profileForPeriod(twin.db, '2024-12-31')).version).toBe(1);
  });
});
