import type { DbOrTx } from '#server/db/database';
import { isPostgres } from '#server/db/subtree';
import type { GatheringUpdate } from './gathering.table';

export async function insertGathering(
  db: DbOrTx,
  row: {
    title: string;
    date: string;
    mode: string;
    regionCode: string;
    facilitators: string[];
    consultants: string[];
    createdBy: number | null;
    createdAt: string;
  },
): Promise<number> {
  const { id } = await db
    .insertInto('gatherings')
    .values({
      title: row.title,
      date: row.date,
      mode: row.mode,
      region_code: row.regionCode,
      facilitators: JSON.stringify(row.facilitators),
      consultants: JSON.stringify(row.consultants),
      created_by: row.createdBy,
      created_at: row.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function findGathering(db: DbOrTx, id: number) {
  return db.selectFrom('gatherings').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * The gathering, locked until the caller's transaction ends, so two changes to one gathering
 * (two agenda edits, a tick while the agenda is replaced) happen one after the other. SQLite
 * runs one write transaction at a time anyway and has no FOR UPDATE.
 */
export function lockGathering(db: DbOrTx, id: number) {
  const q = db.selectFrom('gatherings').selectAll().where('id', '=', id);
  return (isPostgres(db) ? q.forUpdate() : q).executeTakeFirst();
}

export async function updateGatheringRow(db: DbOrTx, id: number, set: GatheringUpdate): Promise<void> {
  await db.updateTable('gatherings').set(set).where('id', '=', id).execute();
}

/** Gatherings held in any of the given regions (a region and its ancestors), or everywhere. */
export function listGatherings(db: DbOrTx, regions: string[] | null, within: string | null) {
  let q = db
    .selectFrom('gatherings')
    .leftJoin('gathering_attendance', 'gathering_attendance.gathering_id', 'gatherings.id')
    .select((eb) => [
      'gatherings.id',
      'gatherings.title',
      'gatherings.date',
      'gatherings.mode',
      'gatherings.region_code',
      eb.fn.count<number>('gathering_attendance.partner_id').as('attendees'),
    ]);
  if (regions !== null || within !== null) {
    q = q.where((eb) =>
      eb.or([
        ...(regions?.length ? [eb('gatherings.region_code', 'in', regions)] : []),
        ...(within !== null ? [eb('gatherings.region_code', '=', within), eb('gatherings.region_code', 'like', `${within}.%`)] : []),
      ]),
    );
  }
  return q
    .groupBy(['gatherings.id', 'gatherings.title', 'gatherings.date', 'gatherings.mode', 'gatherings.region_code'])
    .orderBy('gatherings.date', 'desc')
    .orderBy('gatherings.id', 'desc')
    .execute();
}

export function attendanceOf(db: DbOrTx, gatheringId: number) {
  return db
    .selectFrom('gathering_attendance')
    .innerJoin('partners', 'partners.id', 'gathering_attendance.partner_id')
    .select(['partners.id', 'partners.name', 'partners.type', 'partners.region_code'])
    .where('gathering_attendance.gathering_id', '=', gatheringId)
    .orderBy('partners.name')
    .orderBy('partners.id')
    .execute();
}

export async function attendingIds(db: DbOrTx, gatheringId: number): Promise<Set<number>> {
  const rows = await db.selectFrom('gathering_attendance').select('partner_id').where('gathering_id', '=', gatheringId).execute();
  return new Set(rows.map((r) => r.partner_id));
}

export async function addAttendance(db: DbOrTx, gatheringId: number, partnerIds: number[]): Promise<void> {
  if (partnerIds.length === 0) return;
  await db
    .insertInto('gathering_attendance')
    .values(partnerIds.map((partner_id) => ({ gathering_id: gatheringId, partner_id })))
    .onConflict((oc) => oc.columns(['gathering_id', 'partner_id']).doNothing())
    .execute();
}

/** True when the partner was on the list. */
export async function removeAttendance(db: DbOrTx, gatheringId: number, partnerId: number): Promise<boolean> {
  const result = await db
    .deleteFrom('gathering_attendance')
    .where('gathering_id', '=', gatheringId)
    .where('partner_id', '=', partnerId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
