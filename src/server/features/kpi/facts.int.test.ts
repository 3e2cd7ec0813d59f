import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strategies } from '#domain/taxonomy';
import { updatePartner } from '#server/features/partners/service';
import { testApp, type TestApp } from '#test/app';
import { makeActivity, makePartner, makeUser } from '#test/factories';
import { factsByPartner, partnersAndFacts, type PartnerToScore } from './facts';
import { partnersToScore } from './repository';

// Villages of two provinces and two regencies of one of them.
const villages = ['19.05.06.2005', '19.05.06.2001', '19.06.04.2003', '31.71.01.1001'];
const now = new Date('2024-09-28T08:00:00Z');

let t: TestApp;

beforeAll(async () => {
  t = await testApp();
  const reporterId = (await makeUser(t.db, { role: 'admin_pusat' })).id;
  const partners = [];
  for (const [i, regionCode] of [...villages, ...villages].entries()) {
    partners.push((await makePartner(t.db, { regionCode, type: i % 3 === 0 ? 'tbm' : 'desa' })).id);
  }
  // Every partner but the last reports on its own days, strategies and statuses; drafts never count.
  const statuses = ['submitted', 'verified', 'draft'] as const;
  for (const [p, partnerId] of partners.slice(0, -1).entries()) {
    for (let k = 0; k < 9; k += 1) {
      const day = new Date(Date.UTC(2024, 0, 3 + p * 5 + k * 17)).toISOString().slice(0, 10);
      await makeActivity(t.db, {
        partnerId,
        reporterId,
        date: day,
        strategy: strategies[(p + k) % strategies.length],
        status: statuses[(p * 2 + k) % statuses.length],
        participantsMale: k,
        participantsFemale: p,
      });
    }
  }
  // A deactivated partner leaves the region's list.
  const office = { id: reporterId, role: 'admin_pusat' as const, regionCode: null };
  await updatePartner(t.db, office, partners[1] ?? 0, { active: false }, now);
});
afterAll(() => t.close());

describe("a region's partners and facts read together", () => {
  const ranges = [
    { from: '2024-01-01', to: '2024-03-31' },
    { from: '2024-02-10', to: '2024-02-20' },
    { from: '2024-01-15', to: '2024-04-10' },
    { from: '2023-12-20', to: '2024-06-05' },
  ];
  it.each(ranges)('are what the partner list and the facts by partner give over $from..$to', async (range) => {
    for (const within of [null, '19', '19.05', '31']) {
      const together = await partnersAndFacts(t.db, within, range);
      const partners = await partnersToScore(t.db, { within });
      const facts = await factsByPartner(t.db, { within }, range);
      const shown = (list: PartnerToScore[]) =>
        list.map(({ id, name, type, scheme, region_code }) => ({ id, name, type, scheme, region_code }));
      expect(shown(together.partners)).toEqual(shown(partners));
      const active = new Set(partners.map((p) => p.id));
      const asSorted = (m: typeof facts) =>
        [...m]
          .filter(([id]) => active.has(id))
          .map(([id, f]) => [id, f.counts, f.participants, [...f.activeMonths].sort()])
          .sort((a, b) => Number(a[0]) - Number(b[0]));
      expect(asSorted(together.facts)).toEqual(asSorted(facts));
      // The fixture gives every range something to compare, in the country at least.
      if (within === null) expect(together.facts.size).toBeGreaterThan(2);
    }
  });
});
