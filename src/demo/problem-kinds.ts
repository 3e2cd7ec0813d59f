import type { ProblemCategory } from '#domain/problems';
import type { DemoPerson, WibMoment } from './people';

/** One thing that happens to a problem after it is raised, in the order of `at`. */
export type ProblemStep =
  | { kind: 'comment'; at: WibMoment; by: DemoPerson; text: string }
  /** A follow-up action; `ref` names it for a later `done`; `ownerIs` the account it is given to, when the owner has one. */
  | { kind: 'action'; at: WibMoment; by: DemoPerson; ref: string; what: string; owner: string; ownerIs?: DemoPerson; due: string }
  | { kind: 'done'; at: WibMoment; by: DemoPerson; ref: string }
  | { kind: 'status'; at: WibMoment; by: DemoPerson; status: 'ditangani' | 'ditutup'; comment?: string }
  | { kind: 'resolve'; at: WibMoment; by: DemoPerson; resolution: string };

/** A problem as the people who raised and worked on it wrote it, before it is placed on a demo partner. */
export interface ProblemText {
  /** Stable name of the problem in the plan, e.g. `cendil-sdm`. */
  key: string;
  title: string;
  category: ProblemCategory;
  description: string;
  raised: { at: WibMoment; by: DemoPerson };
  steps: ProblemStep[];
}

/** Where a problem of a library picked by the plan happens, for texts written for any such library. */
export interface ProblemPlace {
  /** The library's name: "Perpusdes Kimak". */
  library: string;
  /** The village: "Desa Kimak". */
  village: string;
  /** Who governs the village: "Kepala Desa Kimak". */
  villageHead: string;
}
