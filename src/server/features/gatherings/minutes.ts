import type { AgendaItem } from '#domain/gatherings';
import type { Actor } from '#domain/permissions';
import type { DbOrTx, Tx } from '#server/db/database';
import { inTransaction } from '#server/db/transaction';
import { ApiError, notFound } from '#server/http/errors';
import { editableGathering } from './access';
import { findItem, updateItem } from './agenda.repository';
import { gatheringForActor } from './queries';
import { auditGathering, itemField } from './trail';

// After the meeting: what was said and decided under each agenda item.

/** The agenda item of a gathering the actor may edit, locked with its gathering. */
export async function editableItem(tx: Tx, actor: Actor, gatheringId: number, itemId: number) {
  const gathering = await editableGathering(tx, actor, gatheringId);
  const item = await findItem(tx, gatheringId, itemId);
  if (!item) throw notFound('agenda item');
  return { gathering, item };
}

/** The item as the gathering's detail shows it now. */
export async function itemAnswer(tx: Tx, actor: Actor, gatheringId: number, itemId: number, now: Date): Promise<AgendaItem> {
  const item = (await gatheringForActor(tx, actor, gatheringId, now)).agenda.find((i) => i.id === itemId);
  if (!item) throw new ApiError('internal', 'agenda item vanished');
  return item;
}

/** Replaces the item's minutes (empty clears them); the same text again writes nothing. */
export function writeMinutes(db: DbOrTx, actor: Actor, gatheringId: number, itemId: number, text: string, now: Date): Promise<AgendaItem> {
  return inTransaction(db, async (tx) => {
    const { item } = await editableItem(tx, actor, gatheringId, itemId);
    const minutes = text === '' ? null : text;
    if (minutes !== item.minutes) {
      const at = now.toISOString();
      await updateItem(tx, itemId, { minutes, minutes_by: actor.id, minutes_at: at });
      await auditGathering(tx, gatheringId, {
        actorId: actor.id,
        at,
        kind: 'minutes_written',
        changes: { [itemField(itemId, 'minutes')]: { from: item.minutes, to: minutes } },
      });
    }
    return itemAnswer(tx, actor, gatheringId, itemId, now);
  });
}
