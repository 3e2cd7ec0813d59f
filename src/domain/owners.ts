/**
 * The kinds of thing that own evidence photos and an audit trail with comments. A new owner
 * (a story, `practice`; a problem; a lesson) adds its kind here and plugs into the shared
 * pieces as docs/decisions/011-owned-building-blocks.md describes. The database keeps the
 * kind as text, so adding one needs no migration.
 */
export const ownerKinds = ['activity', 'practice', 'problem', 'gathering', 'course'] as const;
export type OwnerKind = (typeof ownerKinds)[number];

/** One owner: its kind and its id in its own table. */
export interface OwnerRef {
  kind: OwnerKind;
  id: number;
}
