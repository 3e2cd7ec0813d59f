import { countedStatuses, type ActivityStatus, type Strategy } from '#domain/taxonomy';
import type { DbOrTx } from '#server/db/database';
import { bumpGenerations } from './generations';
import { applyPartnerMonthDelta, applyRegionDayDelta } from './repository';

/** The fields of an activity that rollups count, before or after a change. */
export interface ActivitySnapshot {
  partnerId: number;
  /** The partner's region (a village, regency or province code). */
  regionCode: string;
  date: string;
  strategy: Strategy;
  status: ActivityStatus;
  participantsMale: number;
  participantsFemale: number;
}

/**
 * Keeps the rollups current. Called inside the transaction of every change to an activity
 * (create, edit, status change, delete) with its state before and after, so a report counts
 * — or stops counting — the moment it is saved. No nightly batch.
 */
export async function recordActivityChange(tx: DbOrTx, before: ActivitySnapshot | null, after: ActivitySnapshot | null): Promise<void> {
  const b = before && countedStatuses.includes(before.status) ? before : null;
  const a = after && countedStatuses.includes(after.status) ? after : null;
  if (b && a && sameCounts(b, a)) return;
  if (b) await apply(tx, b, -1);
  if (a) await apply(tx, a, +1);
  await bumpGenerations(
    tx,
    [b?.regionCode, a?.regionCode].filter((r): r is string => r !== undefined),
  );
}

function sameCounts(x: ActivitySnapshot, y: ActivitySnapshot): boolean {
  return (
    x.partnerId === y.partnerId &&
    x.regionCode === y.regionCode &&
    x.date === y.date &&
    x.strategy === y.strategy &&
    x.participantsMale === y.participantsMale &&
    x.participantsFemale === y.participantsFemale
  );
}

async function apply(tx: DbOrTx, s: ActivitySnapshot, sign: 1 | -1): Promise<void> {
  await applyRegionDayDelta(tx, {
    regionCode: s.regionCode,
    day: s.date,
    strategy: s.strategy,
    activities: sign,
    participantsMale: sign * s.participantsMale,
    participantsFemale: sign * s.participantsFemale,
  });
  await applyPartnerMonthDelta(tx, {
    partnerId: s.partnerId,
    regionCode: s.regionCode,
    month: s.date.slice(0, 7),
    strategy: s.strategy,
    activities: sign,
    participants: sign * (s.participantsMale + s.participantsFemale),
  });
}
