import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '#domain/permissions';
import { createActivity, deleteActivity } from '#server/features/activities/service';
import { returnActivity, submitActivity } from '#server/features/activities/status';
import { testApp, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { batchingRollups } from './batch';
import { checkRollups } from './check';

// A batch adds to the partner-months it only adds to, and recounts the others: mixed in one
// batch, on the same month, the rollups must still equal a recount from the activities.

let t: TestApp;
let manager: Actor;
let facilitator: Actor;
let partnerId: number;

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['runi'], managers: ['puput'] });
  partnerId = cast.partners.puput.id;
  manager = { id: cast.userIds.puput, role: 'pengelola', partnerId };
  facilitator = { id: cast.userIds.runi, role: 'fasilitator', regionCode: '19' };
});
afterAll(() => t.close());

const body = (title: string, date: string) => ({
  partnerId,
  strategy: 'pelibatan_masyarakat' as const,
  title,
  date,
  participantsMale: 3,
  participantsFemale: 4,
});

async function submitted(tx: Parameters<typeof createActivity>[0], title: string, date: string): Promise<number> {
  const now = t.clock.now();
  const { id } = await createActivity(tx, manager, body(title, date), now);
  await submitActivity(tx, manager, id, now);
  return id;
}

describe('rollups of a batch', () => {
  it('equal the activities when one month is only added to and another is added to, then returned from and deleted from', async () => {
    const before = await submitted(t.db, 'Sebelum', '2024-08-05');
    await t.db.transaction().execute((tx) =>
      batchingRollups(tx, async () => {
        await submitted(tx, 'Hanya ditambah 1', '2024-07-01');
        await submitted(tx, 'Hanya ditambah 2', '2024-07-20');
        const returned = await submitted(tx, 'Dikembalikan', '2024-08-10');
        await submitted(tx, 'Ditambah lagi', '2024-08-12');
        await returnActivity(tx, facilitator, returned, 'Perbaiki jumlah peserta', t.clock.now());
        await returnActivity(tx, facilitator, before, 'Perbaiki judul', t.clock.now());
        await deleteActivity(tx, manager, before, mkdtempSync(join(tmpdir(), 'batch-photos-')));
        await submitted(tx, 'Terakhir', '2024-08-01');
      }),
    );
    expect(await checkRollups(t.db)).toEqual([]);
  });
});
