import type { DemoLoop } from '#demo/loop';
import type { Tx } from '#server/db/database';
import { linkProblemsToGathering } from '#server/features/problems/gathering-links';
import { atWib, idOf, type LoopCast } from './loop-cast';
import { raiseDemoProblems } from './problems';
import { seedDemoStories } from './stories';

/** The loop's stories and problems as written so far, and the step that ties them to the gathering. */
export interface SeededLoop {
  practiceIds: Map<string, number>;
  problemIds: Map<string, number>;
  /** What the gathering's agenda links, as ids: the stories of its `praktik_baik` item, the problems of its `pemecahan_masalah` item. */
  gatheringAgenda: { practiceIds: number[]; problemIds: number[] };
  /** Links the gathering's problems to it (as its provincial office), then takes what the meeting decided. */
  afterGathering(gathering: { id: number; regionCode: string }): Promise<void>;
}

/**
 * Writes the demo's stories and raises its problems, up to the gathering: everything before the
 * gathering's problem session ends. The gathering is created next, naming these ids in its agenda.
 */
export async function seedLoopBeforeGathering(
  tx: Tx,
  loop: DemoLoop,
  cast: LoopCast,
  pictures: readonly (readonly Buffer[])[],
): Promise<SeededLoop> {
  const practiceIds = await seedDemoStories(tx, cast, loop.stories, pictures);
  const raised = await raiseDemoProblems(tx, cast, loop.problems, loop.gatheringSessionEnds);
  const gatheringAgenda = {
    practiceIds: loop.gatheringAgenda.praktikBaik.map((key) => idOf(practiceIds, key, 'story')),
    problemIds: loop.gatheringAgenda.pemecahanMasalah.map((key) => idOf(raised.ids, key, 'problem')),
  };
  return {
    practiceIds,
    problemIds: raised.ids,
    gatheringAgenda,
    afterGathering: async (gathering) => {
      const by = { actorId: cast.staff('babel').id, now: atWib(loop.gatheringSessionEnds) };
      await linkProblemsToGathering(tx, by, gathering, gatheringAgenda.problemIds);
      await raised.finish();
    },
  };
}
