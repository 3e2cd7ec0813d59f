import type { DbOrTx } from '#server/db/database';

export async function insertGathering(
  db: DbOrTx,
  row: {
    title: string;
    date: string;
    mode: string;
    regionCode: string;
    facilitators: string[];
    consultants: string[];
    agenda: string[];
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
      agenda: JSON.stringify(row.agenda),
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
    .execute();
}

export function attendanceOf(db: DbOrTx, gatheringId: number) {
  return db
    .selectFrom('gathering_attendance')
    .innerJoin('partners', 'partners.id', 'gathering_attendance.partner_id')
    .select(['partners.id', 'partners.name', 'partners.type', 'partners.region_code'])
    .where('gathering_attendance.gathering_id', '=', gatheringId)
    .orderBy('partners.name')
    .execute();
}

export async function addAttendance(db: DbOrTx, gatheringId: number, partnerIds: number[]): Promise<void> {
  if (partnerIds.length === 0) return;
  await db
    .insertInto('gathering_attendance')
    .values(partnerIds.map((partner_id) => ({ gathering_id: gatheringId, partner_id })))
    .onConflict((oc) => oc.columns(['gathering_id', 'partner_id']).doNothing())
    .execute();
}
