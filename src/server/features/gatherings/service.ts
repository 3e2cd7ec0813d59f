import { z } from 'zod';
import type { CreateGatheringBody, Gathering, GatheringSummary } from '#domain/gatherings';
import { regionInScope, type Actor } from '#domain/permissions';
import { isWithinRegion, lineageOfCode } from '#domain/regions';
import { PartnerType } from '#domain/taxonomy';
import type { DbOrTx } from '#server/db/database';
import { inTransaction } from '#server/db/transaction';
import { forbidden, invalidField, notFound } from '#server/http/errors';
import { partnerScope } from '#server/features/partners/scope';
import { knownRegion } from '#server/features/regions/service';
import type { GatheringRow } from './gathering.table';
import { addAttendance, attendanceOf, findGathering, insertGathering, listGatherings } from './repository';

const names = z.array(z.string());
const modeOf = (mode: string) => (mode === 'offline' ? 'offline' : 'online');

/** Where the actor stands: its region, or for a manager its partner's region. */
async function actorRegion(db: DbOrTx, actor: Actor): Promise<string | null> {
  if (actor.role !== 'pengelola') return actor.regionCode;
  const partner = await partnerScope(db, actor.partnerId);
  return partner?.regionCode ?? '-';
}

/** A gathering is seen by everyone inside its region, and by those whose region it covers. */
function mayView(region: string | null, gathering: { region_code: string }): boolean {
  return region === null || isWithinRegion(gathering.region_code, region) || isWithinRegion(region, gathering.region_code);
}

export async function gatheringsForActor(db: DbOrTx, actor: Actor, requested: string | undefined): Promise<GatheringSummary[]> {
  const region = await actorRegion(db, actor);
  if (requested !== undefined && region !== null && !isWithinRegion(requested, region) && !isWithinRegion(region, requested)) {
    throw forbidden('that region is outside your scope');
  }
  const focus = requested ?? region;
  const rows = await listGatherings(db, focus === null ? null : lineageOfCode(focus), focus);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    date: r.date,
    mode: modeOf(r.mode),
    regionCode: r.region_code,
    attendees: Number(r.attendees),
  }));
}

async function toGathering(db: DbOrTx, row: GatheringRow): Promise<Gathering> {
  const attendance = await attendanceOf(db, row.id);
  return {
    id: row.id,
    title: row.title,
    date: row.date,
    mode: modeOf(row.mode),
    regionCode: row.region_code,
    attendees: attendance.length,
    facilitators: names.parse(JSON.parse(row.facilitators)),
    consultants: names.parse(JSON.parse(row.consultants)),
    agenda: names.parse(JSON.parse(row.agenda)),
    attendance: attendance.map((a) => ({ partnerId: a.id, name: a.name, type: PartnerType.parse(a.type), regionCode: a.region_code })),
  };
}

export async function gatheringForActor(db: DbOrTx, actor: Actor, id: number): Promise<Gathering> {
  const row = await findGathering(db, id);
  if (!row || !mayView(await actorRegion(db, actor), row)) throw notFound('gathering');
  return toGathering(db, row);
}

export async function createGathering(db: DbOrTx, actor: Actor, body: CreateGatheringBody, now: Date): Promise<Gathering> {
  if (!(await knownRegion(db, body.regionCode))) throw invalidField('regionCode', 'unknown_region', 'no region has this code');
  if (!regionInScope(actor, body.regionCode)) throw forbidden('that region is outside your scope');
  const id = await insertGathering(db, { ...body, createdBy: actor.id, createdAt: now.toISOString() });
  return gatheringForActor(db, actor, id);
}

/** Records that these partners' managers attended; partners must lie inside the gathering's region. */
export async function recordAttendance(db: DbOrTx, actor: Actor, id: number, partnerIds: number[]): Promise<Gathering> {
  return inTransaction(db, async (tx) => {
    const row = await findGathering(tx, id);
    if (!row || !regionInScope(actor, row.region_code)) throw notFound('gathering');
    for (const [index, partnerId] of partnerIds.entries()) {
      const partner = await partnerScope(tx, partnerId);
      if (!partner || !isWithinRegion(partner.regionCode, row.region_code)) {
        throw invalidField(`partnerIds.${index}`, 'unknown_partner', 'no partner with this id in the gathering’s region');
      }
    }
    await addAttendance(tx, id, [...new Set(partnerIds)]);
    return toGathering(tx, row);
  });
}
