import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DateRange } from '#domain/calendar';
import type { Actor } from '#domain/permissions';
import { strategies } from '#domain/taxonomy';
import { updatePartner } from '#server/features/partners/service';
import { testApp, type TestApp } from '#test/app';
import { makeActivity, makePartner, makeUser } from '#test/factories';
import { FactsShelf } from './facts-shelf';
import { profileForPeriod } from './profiles';
import { scoreFromHeldFacts, scoreFromRollups } from './province-scores';

const villages = ['19.05.06.2005', '19.05.06.2001', '19.06.04.2003', '31.71.01.1001'];
const now = new Date('2024-09-28T08:00:00Z');
// Whole months, months cut near their ends and in their middles, and a stretch inside one month.
const ranges: DateRange[] = [
  { from: '2024-01-01', to: '2024-06-30' },
  { from: '2024-01-10', to: '2024-09-25' },
  { from: '2024-02-20', to: '2024-05-12' },
  { from: '2024-03-05', to: '2024-03-20' },
];

let t: TestApp;
let reporterId: number;
let office: Actor;
const partners: number[] = [];

beforeAll(async () => {
  t = await testApp();
  reporterId = (await makeUser(t.db, { role: 'admin_pusat' })).id;
  office = { id: reporterId, role: 'admin_pusat', regionCode: null };
  for (const [i, regionCode] of [...villages, ...villages].entries()) {
    partners.push((await makePartner(t.db, { regionCode, type: i % 3 === 0 ? 'tbm' : 'desa' })).id);
  }
  for (const [p, partnerId] of partners.entries()) {
    for (let k = 0; k < 12; k += 1) {
      await makeActivity(t.db, {
        partnerId,
        reporterId,
        date: new Date(Date.UTC(2024, 0, 2 + p * 3 + k * 19)).toISOString().slice(0, 10),
        strategy: strategies[(p + k) % strategies.length],
        status: k % 5 === 4 ? 'draft' : 'verified',
        participantsMale: k,
        participantsFemale: p,
      });
    }
  }
});
afterAll(() => t.close());

/** Each range of a province scored from held facts, and the same scored from the rollups directly. */
async function bothWays(shelf: FactsShelf, province: string) {
  const { definition } = await profileForPeriod(t.db, '2024-09-30');
  const held = [];
  const direct = [];
  for (const range of ranges) {
    const facts = await shelf.factsFor(t.db, province, range);
    if (!facts) throw new Error('a range of one year is held');
    held.push(scoreFromHeldFacts(definition, facts, range));
    direct.push(await scoreFromRollups(t.db, definition, { within: province }, range));
  }
  return { held, direct };
}

describe('the facts held of a province', () => {
  it('score every range as the rollups do, and are patched, not read again, after writes', async () => {
    const shelf = new FactsShelf();
    let both = await bothWays(shelf, '19');
    expect(both.held).toEqual(both.direct);
    expect(both.held[1]?.some((p) => p.score > 0)).toBe(true);
    expect(shelf.loads).toBe(1);

    // A report on a day a range leaves out of its month, and one on a day it keeps.
    for (const date of ['2024-09-27', '2024-03-12']) {
      await makeActivity(t.db, { partnerId: partners[1] ?? 0, reporterId, date, strategy: 'advokasi', status: 'submitted' });
    }
    // A library moves out of the province, and one stops.
    await updatePartner(t.db, office, partners[2] ?? 0, { regionCode: '31.71.01.1002' }, now);
    await updatePartner(t.db, office, partners[4] ?? 0, { active: false }, now);
    both = await bothWays(shelf, '19');
    expect(both.held).toEqual(both.direct);
    expect(both.held[0]?.map((p) => p.partnerId)).not.toContain(partners[2]);
    expect(shelf.loads).toBe(1);
    expect(shelf.patches).toBe(1);

    // The province it moved to has it.
    both = await bothWays(shelf, '31');
    expect(both.held).toEqual(both.direct);
    expect(both.held[0]?.map((p) => p.partnerId)).toContain(partners[2]);
  });

  it('are read whole again for a range of another year, or when more partners moved than a patch should take', async () => {
    const shelf = new FactsShelf({ mostPatched: 1 });
    await shelf.factsFor(t.db, '19', { from: '2024-01-01', to: '2024-03-31' });
    await shelf.factsFor(t.db, '19', { from: '2023-11-01', to: '2024-03-31' });
    expect(shelf.loads).toBe(2);
    for (const partnerId of [partners[0] ?? 0, partners[5] ?? 0]) {
      await makeActivity(t.db, { partnerId, reporterId, date: '2024-02-02', strategy: 'advokasi', status: 'verified' });
    }
    const { definition } = await profileForPeriod(t.db, '2024-03-31');
    const range = { from: '2023-11-01', to: '2024-03-31' };
    const facts = await shelf.factsFor(t.db, '19', range);
    expect(shelf.loads).toBe(3);
    expect(shelf.patches).toBe(0);
    expect(facts && scoreFromHeldFacts(definition, facts, range)).toEqual(
      await scoreFromRollups(t.db, definition, { within: '19' }, range),
    );
  });

  it('are read whole only for a province asked for itself, and serve a national view once held', async () => {
    const shelf = new FactsShelf();
    const range = { from: '2024-01-01', to: '2024-06-30' };
    expect(await shelf.factsFor(t.db, '31', range, false)).toBeUndefined();
    expect(shelf.loads).toBe(0);
    const held = await shelf.factsFor(t.db, '31', range);
    expect(await shelf.factsFor(t.db, '31', range, false)).toBe(held);
    expect(shelf.loads).toBe(1);
  });

  it('are not held for a range of more than three years: the rollups score it', async () => {
    expect(await new FactsShelf().factsFor(t.db, '19', { from: '2021-06-01', to: '2024-03-31' })).toBeUndefined();
  });
});
