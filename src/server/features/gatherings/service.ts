import { z } from 'zod';
import { fieldChanges } from '#domain/audit';
import type { CreateGatheringBody, Gathering, UpdateGatheringBody } from '#domain/gatherings';
import { regionInScope, type Actor } from '#domain/permissions';
import type { DbOrTx } from '#server/db/database';
import { inTransaction } from '#server/db/transaction';
import { forbidden, invalidField } from '#server/http/errors';
import { knownRegion } from '#server/features/regions/service';
import { editableGathering } from './access';
import { replaceAgenda } from './agenda';
import type { GatheringRow } from './gathering.table';
import { gatheringForActor } from './queries';
import { insertGathering, updateGatheringRow } from './repository';
import { auditGathering } from './trail';

// Running a gathering: an admin in scope creates it with its agenda and edits it afterwards.
// Attendance, minutes and follow-ups have their own modules; every change is on the trail.

const names = z.array(z.string());

/** The fields of a gathering an edit may change, as the API names them. */
function headerOf(row: GatheringRow) {
  return {
    title: row.title,
    date: row.date,
    mode: row.mode,
    facilitators: names.parse(JSON.parse(row.facilitators)),
    consultants: names.parse(JSON.parse(row.consultants)),
  };
}

export function createGathering(db: DbOrTx, actor: Actor, body: CreateGatheringBody, now: Date): Promise<Gathering> {
  return inTransaction(db, async (tx) => {
    if (!(await knownRegion(tx, body.regionCode))) throw invalidField('regionCode', 'unknown_region', 'no region has this code');
    if (!regionInScope(actor, body.regionCode)) throw forbidden('that region is outside your scope');
    if (body.agenda.some((item) => item.id !== undefined)) {
      const index = body.agenda.findIndex((item) => item.id !== undefined);
      throw invalidField(`agenda.${index}.id`, 'unknown_item', 'a new gathering has no items to keep yet');
    }
    const at = now.toISOString();
    const id = await insertGathering(tx, { ...body, createdBy: actor.id, createdAt: at });
    await auditGathering(tx, id, { actorId: actor.id, at, kind: 'created' });
    await replaceAgenda(tx, { actor, now }, { id, regionCode: body.regionCode, date: body.date }, body.agenda, 'created');
    return gatheringForActor(tx, actor, id, now);
  });
}

/** Edits the header and, when sent, replaces the agenda; an edit that changes nothing writes nothing. */
export function updateGathering(db: DbOrTx, actor: Actor, id: number, patch: UpdateGatheringBody, now: Date): Promise<Gathering> {
  return inTransaction(db, async (tx) => {
    const row = await editableGathering(tx, actor, id);
    const before = headerOf(row);
    const after = {
      title: patch.title ?? before.title,
      date: patch.date ?? before.date,
      mode: patch.mode ?? before.mode,
      facilitators: patch.facilitators ?? before.facilitators,
      consultants: patch.consultants ?? before.consultants,
    };
    const changes = fieldChanges(before, after);
    const at = now.toISOString();
    if (Object.keys(changes).length > 0) {
      await updateGatheringRow(tx, id, {
        title: after.title,
        date: after.date,
        mode: after.mode,
        facilitators: JSON.stringify(after.facilitators),
        consultants: JSON.stringify(after.consultants),
      });
      await auditGathering(tx, id, { actorId: actor.id, at, kind: 'edited', changes });
    }
    if (patch.agenda !== undefined) {
      await replaceAgenda(tx, { actor, now }, { id, regionCode: row.region_code, date: after.date }, patch.agenda, 'changed');
    }
    return gatheringForActor(tx, actor, id, now);
  });
}
