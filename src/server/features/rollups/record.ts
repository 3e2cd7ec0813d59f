import { countedStatuses } from '#domain/taxonomy';
import type { DbOrTx } from '#server/db/database';
import { heldChangesOf } from './batch';
import type { ActivitySnapshot } from './snapshot';
import { bumpGenerations } from './generations';
import {
  addToPartnerReporting,
  applyPartnerMonthDelta,
  applyRegionDayDelta,
  lockPartnerReporting,
  recountPartnerReporting,
} from './repository';

export type { ActivitySnapshot };

/**
 * Keeps the rollups current. Called inside the transaction of every change to an activity
 * (create, edit, status change, delete) with its state before and after, so a report counts
 * — or stops counting — the moment it is saved. No nightly batch.
 */
export async function recordActivityChange(tx: DbOrTx, before: ActivitySnapshot | null, after: ActivitySnapshot | null): Promise<void> {
  const b = before && countedStatuses.includes(before.status) ? before : null;
  const a = after && countedStatuses.includes(after.status) ? after : null;
  if (b && a && sameCounts(b, a)) return;
  const batch = heldChangesOf(tx);
  if (batch) {
    if (b || a) batch.push({ before: b, after: a });
    return;
  }
  // The partner's own rows first; then the region-days (the province's and the country's row of
  // the day are every reporter's) and the province's generation, so that on PostgreSQL each
  // transaction holds those shared rows for as short a time as it can: until its commit.
  if (b) await applyToPartner(tx, b, -1);
  if (a) await applyToPartner(tx, a, +1);
  await recordReporting(tx, b, a);
  if (b) await applyToRegions(tx, b, -1);
  if (a) await applyToRegions(tx, a, +1);
  await bumpGenerations(
    tx,
    [b, a].filter((s): s is ActivitySnapshot => s !== null),
  );
}

function sameCounts(x: ActivitySnapshot, y: ActivitySnapshot): boolean {
  return (
    x.partnerId === y.partnerId &&
    x.regionCode === y.regionCode &&
    x.date === y.date &&
    x.strategy === y.strategy &&
    x.participantsMale === y.participantsMale &&
    x.participantsFemale === y.participantsFemale &&
    x.submittedAt === y.submittedAt
  );
}

const applyToRegions = (tx: DbOrTx, s: ActivitySnapshot, sign: 1 | -1) =>
  applyRegionDayDelta(tx, {
    regionCode: s.regionCode,
    day: s.date,
    strategy: s.strategy,
    activities: sign,
    participantsMale: sign * s.participantsMale,
    participantsFemale: sign * s.participantsFemale,
  });

async function applyToPartner(tx: DbOrTx, s: ActivitySnapshot, sign: 1 | -1): Promise<void> {
  await applyPartnerMonthDelta(tx, {
    partnerId: s.partnerId,
    regionCode: s.regionCode,
    month: s.date.slice(0, 7),
    strategy: s.strategy,
    activities: sign,
    participants: sign * (s.participantsMale + s.participantsFemale),
  });
}

/**
 * The reporting rollup of each partner-month the change touched: one more activity is added in
 * one upsert; any other change is locked, then recounted from the activities (the change is
 * already written in this transaction). The after-state's region wins,
 * so a partner's move carries its months along.
 */
async function recordReporting(tx: DbOrTx, b: ActivitySnapshot | null, a: ActivitySnapshot | null): Promise<void> {
  // A report starting to count (the common case: submitted) only adds: no recount needed.
  if (!b && a) {
    await addToPartnerReporting(tx, {
      partnerId: a.partnerId,
      month: a.date.slice(0, 7),
      regionCode: a.regionCode,
      submittedAt: a.submittedAt,
      date: a.date,
    });
    return;
  }
  const keys = new Map<string, { partnerId: number; month: string; regionCode: string }>();
  for (const s of [b, a]) {
    if (s)
      keys.set(`${s.partnerId}|${s.date.slice(0, 7)}`, { partnerId: s.partnerId, month: s.date.slice(0, 7), regionCode: s.regionCode });
  }
  for (const key of keys.values()) {
    await lockPartnerReporting(tx, key);
    await recountPartnerReporting(tx, key);
  }
}
