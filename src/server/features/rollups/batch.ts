import { lineageOfCode } from '#domain/regions';
import type { DbOrTx } from '#server/db/database';
import { bumpGenerations, type ScoreChange } from './generations';
import type { ActivitySnapshot } from './snapshot';
import {
  addToPartnerReportings,
  applyPartnerMonthDeltas,
  applyRegionDayDeltas,
  lockPartnerReportings,
  nationalKey,
  recountPartnerReportings,
  type PartnerReportingAddition,
} from './repository';

// Rollups for many activity changes in one transaction (an import): the same deltas
// `recordActivityChange` would apply one by one, summed per key and written a few hundred rows per
// statement; each touched partner-month added to in bulk when the batch only adds to it (new
// reports), else recounted once (all of them in a statement or two); the provinces' KPI
// generation raised once (logging every partner moved).
// The changes themselves still go through the activity's one write path; only the rollups wait
// for the end of the batch, inside the same transaction, so nothing outside it sees them apart.

type Change = { before: ActivitySnapshot | null; after: ActivitySnapshot | null };
const held = new WeakMap<object, Change[]>();

/** The batch the transaction is collecting, if any: `recordActivityChange` adds to it instead of writing. */
export const heldChangesOf = (tx: DbOrTx): Change[] | undefined => held.get(tx);

/**
 * Runs `work` with the transaction's rollup changes held, then applies them all. Nested calls
 * join the outer batch. Only for work that reads no rollup before the batch ends.
 */
export async function batchingRollups<T>(tx: DbOrTx, work: () => Promise<T>): Promise<T> {
  if (held.has(tx)) return work();
  const changes: Change[] = [];
  held.set(tx, changes);
  let result: T;
  try {
    result = await work();
  } finally {
    held.delete(tx);
  }
  await applyChanges(tx, changes);
  return result;
}

type Addition = PartnerReportingAddition;

/** Counts one more activity in a partner-month's additions, as `addToPartnerReporting` would one by one. */
function addTo(added: Map<string, Addition>, key: string, s: ActivitySnapshot): void {
  const sum = added.get(key);
  if (!sum) {
    const month = s.date.slice(0, 7);
    added.set(key, {
      partnerId: s.partnerId,
      month,
      regionCode: s.regionCode,
      activities: 1,
      firstSubmittedAt: s.submittedAt,
      lastDate: s.date,
    });
    return;
  }
  sum.activities++;
  sum.regionCode = s.regionCode;
  if (s.submittedAt !== null && (sum.firstSubmittedAt === null || s.submittedAt < sum.firstSubmittedAt))
    sum.firstSubmittedAt = s.submittedAt;
  if (s.date > sum.lastDate) sum.lastDate = s.date;
}

async function applyChanges(tx: DbOrTx, changes: readonly Change[]): Promise<void> {
  if (changes.length === 0) return;
  const days = new Map<
    string,
    { regionCode: string; day: string; strategy: string; activities: number; participantsMale: number; participantsFemale: number }
  >();
  const months = new Map<
    string,
    { partnerId: number; regionCode: string; month: string; strategy: string; activities: number; participants: number }
  >();
  // A partner-month the batch only adds to (an import's new reports) is added to as one change
  // would be, no recount needed; any other is locked and recounted.
  const reporting = new Map<string, { partnerId: number; month: string; regionCode: string }>();
  const added = new Map<string, Addition>();
  const moved = new Map<string, ScoreChange>();
  const add = (s: ActivitySnapshot, sign: 1 | -1) => {
    for (const regionCode of [nationalKey, ...lineageOfCode(s.regionCode)]) {
      const key = `${regionCode}|${s.date}|${s.strategy}`;
      const d = days.get(key) ?? {
        regionCode,
        day: s.date,
        strategy: s.strategy,
        activities: 0,
        participantsMale: 0,
        participantsFemale: 0,
      };
      d.activities += sign;
      d.participantsMale += sign * s.participantsMale;
      d.participantsFemale += sign * s.participantsFemale;
      days.set(key, d);
    }
    const month = s.date.slice(0, 7);
    const key = `${s.partnerId}|${month}|${s.strategy}`;
    const m = months.get(key) ?? {
      partnerId: s.partnerId,
      regionCode: s.regionCode,
      month,
      strategy: s.strategy,
      activities: 0,
      participants: 0,
    };
    m.activities += sign;
    m.participants += sign * (s.participantsMale + s.participantsFemale);
    // As one by one: the latest change's region is the row's.
    m.regionCode = s.regionCode;
    months.set(key, m);
  };
  for (const { before, after } of changes) {
    if (before) add(before, -1);
    if (after) add(after, +1);
    if (!before && after) {
      const key = `${after.partnerId}|${after.date.slice(0, 7)}`;
      const recounted = reporting.get(key);
      if (recounted) recounted.regionCode = after.regionCode;
      else addTo(added, key, after);
    } else {
      for (const s of [before, after]) {
        if (!s) continue;
        const month = s.date.slice(0, 7);
        const key = `${s.partnerId}|${month}`;
        // Its additions so far are written: the recount counts them.
        added.delete(key);
        reporting.set(key, { partnerId: s.partnerId, month, regionCode: s.regionCode });
      }
    }
    for (const s of [before, after])
      if (s) moved.set(`${s.partnerId}|${s.regionCode}`, { partnerId: s.partnerId, regionCode: s.regionCode });
  }
  // A sum of zero changes nothing, but one by one would still have made the row: keep them, as it would.
  await applyRegionDayDeltas(tx, [...days.values()]);
  await applyPartnerMonthDeltas(tx, [...months.values()]);
  await addToPartnerReportings(tx, [...added.values()]);
  // The other partner-months locked, then recounted, a few hundred per statement.
  await lockPartnerReportings(tx, [...reporting.values()]);
  await recountPartnerReportings(tx, [...reporting.values()]);
  await bumpGenerations(tx, [...moved.values()]);
}
