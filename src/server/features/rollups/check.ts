import { lineageOfCode } from '#domain/regions';
import type { Db } from '#server/db/database';
import {
  countedActivityGroups,
  countedReportingGroups,
  nationalKey,
  rebuildRollupTables,
  storedPartnerMonths,
  storedPartnerReporting,
  storedRegionDays,
} from './repository';

type Totals = [activities: number, a: number, b: number];

export interface RollupDifference {
  table: 'rollup_region_day' | 'rollup_partner_month' | 'rollup_partner_reporting';
  key: string;
  expected: Totals;
  stored: Totals;
}

/** What the rollups should hold, recomputed from the activities themselves. */
async function expectedRollups(db: Db) {
  const regionDay = new Map<string, Totals>();
  const partnerMonth = new Map<string, Totals>();
  const add = (map: Map<string, Totals>, key: string, v: Totals) => {
    const t = map.get(key) ?? [0, 0, 0];
    map.set(key, [t[0] + v[0], t[1] + v[1], t[2] + v[2]]);
  };
  for (const g of await countedActivityGroups(db)) {
    const [n, male, female] = [Number(g.activities), Number(g.male), Number(g.female)];
    for (const region of [nationalKey, ...lineageOfCode(g.region_code)])
      add(regionDay, `${region}|${g.date}|${g.strategy}`, [n, male, female]);
    add(partnerMonth, `${g.partner_id}|${g.date.slice(0, 7)}|${g.strategy}|${g.region_code}`, [n, male + female, 0]);
  }
  return { regionDay, partnerMonth };
}

function compare(table: RollupDifference['table'], expected: Map<string, Totals>, stored: Map<string, Totals>): RollupDifference[] {
  const differences: RollupDifference[] = [];
  for (const key of new Set([...expected.keys(), ...stored.keys()])) {
    const e = expected.get(key) ?? [0, 0, 0];
    const s = stored.get(key) ?? [0, 0, 0];
    if (e.some((v, i) => v !== s[i])) differences.push({ table, key, expected: e, stored: s });
  }
  return differences;
}

interface ReportingRow {
  partner_id: number;
  month: string;
  region_code: string;
  activities: number;
  first_submitted_at: string | null;
  last_date: string | null;
}

/** Recomputes every rollup from the raw activities and lists each row that differs. */
export async function checkRollups(db: Db): Promise<RollupDifference[]> {
  const expected = await expectedRollups(db);
  const regionDay = new Map<string, Totals>(
    (await storedRegionDays(db)).map((r) => [
      `${r.region_code}|${r.day}|${r.strategy}`,
      [Number(r.activities), Number(r.participants_male), Number(r.participants_female)],
    ]),
  );
  const partnerMonth = new Map<string, Totals>(
    (await storedPartnerMonths(db)).map((r) => [
      `${r.partner_id}|${r.month}|${r.strategy}|${r.region_code}`,
      [Number(r.activities), Number(r.participants), 0],
    ]),
  );
  // The earliest submission and latest day are part of the key: a wrong one shows as two differing rows.
  const reporting = (rows: ReportingRow[]) =>
    new Map<string, Totals>(
      rows.map((r) => [
        `${r.partner_id}|${r.month}|${r.region_code}|${r.first_submitted_at ?? '-'}|${r.last_date ?? '-'}`,
        [Number(r.activities), 0, 0],
      ]),
    );
  return [
    ...compare('rollup_region_day', expected.regionDay, regionDay),
    ...compare('rollup_partner_month', expected.partnerMonth, partnerMonth),
    ...compare('rollup_partner_reporting', reporting(await countedReportingGroups(db)), reporting(await storedPartnerReporting(db))),
  ];
}

/** Throws the rollups away and rebuilds them from the activities, in one transaction. */
export async function rebuildRollups(db: Db): Promise<void> {
  await db.transaction().execute((tx) => rebuildRollupTables(tx));
}
