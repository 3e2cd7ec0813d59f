import { z } from 'zod';
import { RowId } from './ids';
import { CreateProblemActionBody, UpdateProblemActionBody } from './problems';

// Follow-up actions a gathering decides, per agenda item: what, who, by when, done. They follow the
// rules of a problem's actions (the same limits and due dates), since on a `pemecahan_masalah` item
// an action for one of its problems becomes that problem's action.

/** `problemId`: one of the item's problems, whose action it becomes. */
export const CreateGatheringActionBody = CreateProblemActionBody.omit({ ownerUserId: true }).extend({ problemId: RowId.optional() });
export type CreateGatheringActionBody = z.infer<typeof CreateGatheringActionBody>;

/** Ticks an action done (or not), and edits what, who and when. */
export const UpdateGatheringActionBody = UpdateProblemActionBody.omit({ ownerUserId: true });
export type UpdateGatheringActionBody = z.infer<typeof UpdateGatheringActionBody>;
