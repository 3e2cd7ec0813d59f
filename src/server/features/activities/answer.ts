import { serializerCompiler } from 'fastify-type-provider-zod';
import { Activity } from '#domain/activities';
import type { Actor } from '#domain/permissions';
import type { DbOrTx } from '#server/db/database';
import { activityForActor, newActivityForActor } from './queries';

/** Which activity to answer, for whom; a new one's `created` trail entry, so its trail is not read back. */
export interface AnswerJob {
  actor: Actor;
  activityId: number;
  createdEntryId?: number | undefined;
}

// The routes' own serializer for the contract's Activity: the same check, the same bytes.
const serialize = serializerCompiler({ schema: Activity, method: 'GET', url: '/api/activities/:id' });

/** An activity in full as its routes answer it, serialized. */
export async function activityJson(db: DbOrTx, job: AnswerJob): Promise<string> {
  const activity =
    job.createdEntryId === undefined
      ? await activityForActor(db, job.actor, job.activityId)
      : await newActivityForActor(db, job.actor, job.activityId, job.createdEntryId);
  return serialize(activity);
}
