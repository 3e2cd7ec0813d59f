import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '#test/app';
import { bumpGenerations, generationsOf, keptGenerations, partnersChangedBetween } from './generations';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('the KPI change log', () => {
  it('names the partners each generation moved, per province', async () => {
    await bumpGenerations(t.db, [{ partnerId: 7, regionCode: '19.05.06.2005' }]);
    await bumpGenerations(t.db, [
      { partnerId: 8, regionCode: '19.06.04.2003' },
      { partnerId: 8, regionCode: '31.71.01.1001' },
    ]);
    expect(await generationsOf(t.db, ['19', '31', '11'])).toEqual(
      new Map([
        ['19', 2],
        ['31', 1],
        ['11', 0],
      ]),
    );
    expect((await partnersChangedBetween(t.db, '19', 0, 2))?.sort()).toEqual([7, 8]);
    expect(await partnersChangedBetween(t.db, '19', 1, 2)).toEqual([8]);
    expect(await partnersChangedBetween(t.db, '31', 0, 1)).toEqual([8]);
    expect(await partnersChangedBetween(t.db, '19', 2, 2)).toEqual([]);
  });

  it('answers undefined where it no longer reaches back, and is pruned as generations pass', async () => {
    // A generation raised with no log (as an older version did) leaves a gap: the province is scored whole.
    await t.db.updateTable('kpi_generations').set({ generation: 3 }).where('province_code', '=', '19').execute();
    expect(await partnersChangedBetween(t.db, '19', 0, 3)).toBeUndefined();

    for (let i = 0; i < keptGenerations + 300; i += 1) await bumpGenerations(t.db, [{ partnerId: 9, regionCode: '11.01.01.2001' }]);
    const upTo = keptGenerations + 300;
    expect(await partnersChangedBetween(t.db, '11', upTo - keptGenerations, upTo)).toEqual([9]);
    expect(await partnersChangedBetween(t.db, '11', 0, upTo)).toBeUndefined();
    const logged = await t.db
      .selectFrom('kpi_changes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('province_code', '=', '11')
      .executeTakeFirstOrThrow();
    expect(Number(logged.n)).toBeLessThanOrEqual(keptGenerations + 256);
  });
});
