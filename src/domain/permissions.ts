import { isWithinRegion } from './regions';
import { roleRank, type Role } from './roles';

/**
 * The one permission module. Every API route names the action it performs;
 * the server refuses a route that names none at start-up, so no route can forget it.
 * Scope (which region or partner) is checked separately by `inScope`, on the row itself.
 */
export const actions = [
  'regions.read',
  'users.read',
  'users.create',
  'partners.read',
  'partners.write',
  'activities.read',
  'activities.report',
  'activities.review',
  'activities.reopen',
  'activities.comment',
  'kpi.read',
  'kpiProfiles.write',
  'gatherings.write',
  'practices.write',
] as const;
export type Action = (typeof actions)[number];

const everyone: Action[] = ['regions.read', 'partners.read', 'activities.read', 'kpi.read'];

const grants: Record<Role, readonly Action[]> = {
  admin_pusat: actions,
  admin_provinsi: [
    ...everyone,
    'users.read',
    'users.create',
    'partners.write',
    'activities.review',
    'activities.reopen',
    'activities.comment',
    'gatherings.write',
    'practices.write',
  ],
  fasilitator: [...everyone, 'users.read', 'activities.review', 'activities.comment', 'practices.write'],
  konsultan: [...everyone, 'users.read', 'activities.comment'],
  pengelola: [...everyone, 'activities.report', 'practices.write'],
};

/** Who a request acts as: its role and the scope it was given. */
export interface Actor {
  id: number;
  role: Role;
  /** Region the actor may see; null for the national office. */
  regionCode: string | null;
  /** The one partner a pengelola manages. */
  partnerId: number | null;
}

export function can(actor: Pick<Actor, 'role'>, action: Action): boolean {
  return grants[actor.role].includes(action);
}

/** A row's place in the hierarchy: its region and, for partner-owned rows, its partner. */
export interface Scoped {
  regionCode: string;
  partnerId?: number | null;
}

/** True when the actor may see the row at all. A pengelola sees only its own partner's rows. */
export function inScope(actor: Actor, row: Scoped): boolean {
  if (actor.role === 'pengelola') return row.partnerId != null && row.partnerId === actor.partnerId;
  if (actor.regionCode === null) return true;
  return isWithinRegion(row.regionCode, actor.regionCode);
}

/** True when the actor may look at a whole region (dashboards, lists): it must lie inside its scope. */
export function regionInScope(actor: Actor, regionCode: string | null): boolean {
  if (actor.role === 'pengelola') return false;
  if (actor.regionCode === null) return true;
  return regionCode !== null && isWithinRegion(regionCode, actor.regionCode);
}

export interface NewUserScope {
  role: Role;
  regionCode: string | null;
  partner: { id: number; regionCode: string } | null;
}

export type UserCreationRefusal = 'role_above_own' | 'region_out_of_scope' | 'partner_out_of_scope' | 'not_allowed';

/**
 * An admin creates users only inside its own scope and never of a role above its own.
 * Returns the reason for a refusal, or null when allowed.
 */
export function userCreationRefusal(actor: Actor, user: NewUserScope): UserCreationRefusal | null {
  if (!can(actor, 'users.create')) return 'not_allowed';
  if (roleRank[user.role] > roleRank[actor.role]) return 'role_above_own';
  if (user.partner) {
    return inScope(actor, { regionCode: user.partner.regionCode }) ? null : 'partner_out_of_scope';
  }
  if (actor.regionCode === null) return null;
  if (user.regionCode === null || !isWithinRegion(user.regionCode, actor.regionCode)) return 'region_out_of_scope';
  return null;
}
