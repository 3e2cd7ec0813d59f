import { formatDate } from '#domain/calendar';
import type { DemoActivity } from './activities';
import type { DemoPartner } from './partners';
import { composePicture } from './pictures';
import type { Random } from './random';
import type { StoryText } from './story-kinds';

/** A good-practice story the demo writes through the stories services, with its pictures drawn. */
export interface DemoStory extends Omit<StoryText, 'villageCode' | 'activities' | 'pictures'> {
  partnerRef: number;
  /** Indexes into the plan's activities: the library's own verified activities the story tells of, oldest first. */
  activityIndexes: number[];
  /** SVG, 800 × 600, one per photo, in upload order. */
  pictures: string[];
}

/**
 * The library's own verified activities the story tells of: of its subtypes and dated before the
 * story was written; the newest whose title holds the first keyword, then the newest holding the
 * second, and so on round the keywords, then the newest of the rest; at most `most`, oldest first
 * in the answer. Another seed may give a library none of its subtypes: then any verified one.
 */
export function storyActivities(text: StoryText, own: readonly { index: number; activity: DemoActivity }[]): number[] {
  type Own = (typeof own)[number];
  const writtenOn = text.course.written.slice(0, 10);
  const verified = own.filter(({ activity }) => activity.status === 'verified' && activity.date < writtenOn);
  const ofSubtype = verified.filter(({ activity }) => text.activities.subtypes.includes(activity.subtype));
  const newestFirst = (list: readonly Own[]) =>
    [...list].sort((a, b) => (a.activity.date < b.activity.date ? 1 : a.activity.date > b.activity.date ? -1 : a.index - b.index));
  const pool = newestFirst(ofSubtype.length > 0 ? ofSubtype : verified);
  const queues = text.activities.keywords.map((k) => pool.filter((o) => o.activity.title.toLowerCase().includes(k.toLowerCase())));
  const chosen: Own[] = [];
  const take = (o: Own | undefined) => {
    if (o && !chosen.includes(o) && chosen.length < text.activities.most) chosen.push(o);
  };
  for (let round = 0; chosen.length < text.activities.most && queues.some((q) => q.length > round); round += 1) {
    for (const queue of queues) take(queue.filter((o) => !chosen.includes(o))[0]);
  }
  for (const o of pool) take(o);
  return newestFirst(chosen)
    .reverse()
    .map((o) => o.index);
}

/** Places a story on its library, links its activities and draws its pictures, each captioned with one of them. */
export function buildDemoStory(
  text: StoryText,
  partner: DemoPartner,
  own: readonly { index: number; activity: DemoActivity }[],
  randomFor: (name: string) => Random,
): DemoStory {
  const { villageCode: _village, activities: _wanted, pictures: specs, ...written } = text;
  const activityIndexes = storyActivities(text, own);
  const byIndex = new Map(own.map((o) => [o.index, o.activity]));
  const pictures = specs.map((spec, i) => {
    const shown = byIndex.get(activityIndexes[i % Math.max(1, activityIndexes.length)] ?? -1);
    const day = shown?.date ?? text.course.written.slice(0, 10);
    return composePicture(
      spec,
      { caption: shown?.title ?? text.title, credit: `${partner.name} · ${formatDate(day, 'id-ID', 'long')}`, libraryName: partner.name },
      randomFor(`${text.key}#${i}`),
    );
  });
  return { ...written, partnerRef: partner.ref, activityIndexes, pictures };
}
