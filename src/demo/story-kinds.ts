import type { ActivitySubtypeCode } from '#domain/subtypes';
import type { Strategy } from '#domain/taxonomy';
import type { DemoPerson, WibMoment } from './people';
import type { PictureSpec } from './pictures';

/** Where a story stands in review, and when each step of it was taken. */
export type StoryCourse =
  | { status: 'draft'; written: WibMoment }
  | { status: 'submitted'; written: WibMoment; submitted: WibMoment }
  | { status: 'returned'; written: WibMoment; submitted: WibMoment; returned: WibMoment; by: DemoPerson; comment: string }
  | { status: 'published'; written: WibMoment; submitted: WibMoment; published: WibMoment; by: DemoPerson; featured?: WibMoment };

/** A good-practice story as its library's manager wrote it, before it is placed on a demo partner. */
export interface StoryText {
  /** Stable name of the story in the plan, e.g. `cendil-menjahit`. */
  key: string;
  /** The village of the library that tells it; the demo puts a village library on every named village. */
  villageCode: string;
  title: string;
  summary: string;
  story: string;
  strategy: Strategy;
  testimony: string | null;
  testimonyBy: string | null;
  /**
   * Which of the library's own verified activities the story tells of: of these subtypes, written
   * before the story, those whose title holds a keyword first; at most `most`.
   */
  activities: { subtypes: ActivitySubtypeCode[]; keywords: string[]; most: number };
  /** One to three pictures; each is captioned with one of the linked activities. */
  pictures: PictureSpec[];
  course: StoryCourse;
  /** The thread under the story, after it was published. */
  comments?: { at: WibMoment; by: DemoPerson; text: string }[];
}
