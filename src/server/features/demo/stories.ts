import type { DemoStory } from '#demo/stories';
import { CreatePracticeBody } from '#domain/practices';
import type { Tx } from '#server/db/database';
import { addPhoto } from '#server/features/photos/service';
import { practicePhotos } from '#server/features/practices/photos';
import { commentOnPractice, featurePractice, publishPractice, returnPractice, submitPractice } from '#server/features/practices/review';
import { createPractice } from '#server/features/practices/service';
import { actorFor, atWib, minutesAfter, type LoopCast } from './loop-cast';

/**
 * Writes the demo's good-practice stories as the people would: the library's manager writes one
 * and adds its photos (through the same photo checks as any upload), then sends it; the
 * facilitator publishes or returns it; the provincial office features some; staff comment.
 * Answers each story's id by its key.
 */
export async function seedDemoStories(
  tx: Tx,
  cast: LoopCast,
  stories: readonly DemoStory[],
  pictures: readonly (readonly Buffer[])[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const [n, story] of stories.entries()) {
    const manager = cast.managerOf(story.partnerRef);
    const { course } = story;
    const body = CreatePracticeBody.parse({
      partnerId: cast.partnerIdOf(story.partnerRef),
      title: story.title,
      summary: story.summary,
      story: story.story,
      strategy: story.strategy,
      testimony: story.testimony,
      testimonyBy: story.testimonyBy,
      activityIds: story.activityIndexes.map((index) => cast.activityIdOf(index)),
    });
    const id = await createPractice(tx, manager, body, atWib(course.written));
    for (const [i, jpeg] of (pictures[n] ?? []).entries()) {
      await addPhoto(tx, practicePhotos, manager, id, () => Promise.resolve(jpeg), minutesAfter(course.written, i + 1), cast.uploadDir);
    }
    ids.set(story.key, id);
    if (course.status === 'draft') continue;
    await submitPractice(tx, manager, id, atWib(course.submitted));
    if (course.status === 'returned') {
      await returnPractice(tx, actorFor(cast, course.by, story.partnerRef), id, course.comment, atWib(course.returned));
    }
    if (course.status === 'published') {
      await publishPractice(tx, actorFor(cast, course.by, story.partnerRef), id, atWib(course.published));
      if (course.featured) await featurePractice(tx, cast.staff('babel'), id, true, atWib(course.featured));
    }
    for (const comment of story.comments ?? []) {
      await commentOnPractice(tx, actorFor(cast, comment.by, story.partnerRef), id, comment.text, atWib(comment.at));
    }
  }
  return ids;
}
