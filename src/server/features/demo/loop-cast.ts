import type { DemoPerson, WibMoment } from '#demo/people';
import type { Actor } from '#domain/permissions';

/** The people and rows the rest of the demo has made, as the stories and problems of its loop need them. */
export interface LoopCast {
  /** The manager of the plan's partner `ref`. */
  managerOf(ref: number): Actor;
  /** A staff member by demo login (`babel`, `runi`, `yulianti`, `karolina`). */
  staff(login: Exclude<DemoPerson, 'pengelola'>): Actor;
  partnerIdOf(ref: number): number;
  /** The id of the plan's activity at `index`. */
  activityIdOf(index: number): number;
  uploadDir: string;
}

/** Who acts: the library's own manager, or the staff member named. */
export function actorFor(cast: LoopCast, person: DemoPerson, partnerRef: number): Actor {
  return person === 'pengelola' ? cast.managerOf(partnerRef) : cast.staff(person);
}

/** The plan's moments are Western Indonesian Time (UTC+7). */
export const atWib = (moment: WibMoment): Date => new Date(`${moment}:00+07:00`);

/** A minute later, for the steps one sitting takes (a story's photos after its text). */
export const minutesAfter = (moment: WibMoment, minutes: number): Date => new Date(atWib(moment).getTime() + minutes * 60_000);

export function idOf(ids: ReadonlyMap<string, number>, key: string, what: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`the demo has no ${what} ${key}`);
  return id;
}
