import { can } from '#domain/permissions';
import type { Role } from '#domain/roles';

export interface GatheringNavItem {
  to: string;
  label: 'nav.gatherings';
}

/** Gatherings are read by every role whose region they touch. */
export function gatheringNavigation(user: { role: Role }): GatheringNavItem[] {
  return can(user, 'gatherings.read') ? [{ to: '/pertemuan', label: 'nav.gatherings' }] : [];
}
