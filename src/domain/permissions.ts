import { activityReview, type ActivityTransition } from './activity-review';
import { activityOperations, type ActivityOperation } from './activities';
import { isWithinRegion } from './regions';
import { roleRank, type Role } from './roles';
import { activityStatuses, type ActivityStatus } from './taxonomy';

/**
 * The one permission module. Every API route names the action it performs;
 * the server refuses a route that names none at start-up, so no route can forget it.
 * Scope (which region or partner) is checked separately by `inScope`, on the row itself.
 */
export const actions = [
  'regions.read',
  'users.read',
  'users.create',
  'users.manage',
  'partners.read',
  'partners.write',
  'activities.read',
  'activities.report',
  'activities.import',
  'activities.review',
  'activities.reopen',
  'activities.comment',
  'kpi.read',
  'kpiProfiles.write',
  'gatherings.read',
  'gatherings.write',
  'practices.write',
  'practices.read',
  'practices.review',
  'practices.feature',
  'practices.comment',
  'problems.read',
  'problems.comment',
  'problems.raise',
  'problems.work',
  'problems.decide',
  'courses.learn',
  'courses.write',
  'courses.progress',
  'reminders.send',
] as const;
export type Action = (typeof actions)[number];

// Gatherings are read by everyone whose region they touch (gatherings/access.ts); only admins run them.
const everyone: Action[] = [
  'regions.read',
  'partners.read',
  'activities.read',
  'kpi.read',
  'gatherings.read',
  'practices.read',
  'courses.learn',
];

// Stories (praktik baik): every signed-in user reads published ones; a library's manager and the
// admins in scope write them; facilitators and admins review them; only admins feature them.

/**
 * Kendala (problems): everyone reads and discusses those in scope; a library's manager and the
 * staff who work with libraries raise them and follow them up (actions, handling, resolving);
 * only staff close or reopen one. A konsultan reads and comments, no edits.
 */
const problemReaders: Action[] = ['problems.read', 'problems.comment'];
const problemWorkers: Action[] = [...problemReaders, 'problems.raise', 'problems.work'];
const problemDeciders: Action[] = [...problemWorkers, 'problems.decide'];

// Elis (courses): every signed-in user learns (`everyone`); only the national office writes and
// publishes courses. Staff who work with libraries in a region — provincial admins, facilitators
// and the konsultan, who reads everything in its region — see the progress of its learners.

const grants: Record<Role, readonly Action[]> = {
  admin_pusat: actions,
  admin_provinsi: [
    ...everyone,
    'users.read',
    'users.create',
    'users.manage',
    'partners.write',
    // The office that collects a province's paper reports brings them in from a spreadsheet; the
    // rows arrive submitted, for review, and the form stays the libraries' own (no activities.report).
    'activities.import',
    'activities.review',
    'activities.reopen',
    'activities.comment',
    'gatherings.write',
    'practices.write',
    'practices.review',
    'practices.feature',
    'practices.comment',
    ...problemDeciders,
    'courses.progress',
    // Reporting regularity: staff who coach libraries remind the silent ones.
    'reminders.send',
  ],
  fasilitator: [
    ...everyone,
    'users.read',
    'activities.review',
    'activities.comment',
    'practices.review',
    'practices.comment',
    ...problemDeciders,
    'courses.progress',
    // Reporting regularity: staff who coach libraries remind the silent ones.
    'reminders.send',
  ],
  konsultan: [...everyone, 'users.read', 'activities.comment', 'practices.comment', ...problemReaders, 'courses.progress'],
  pengelola: [...everyone, 'activities.report', 'activities.import', 'practices.write', 'practices.comment', ...problemWorkers],
};

/** The roles that oversee one region: everyone between the national office and a library. */
export type RegionalRole = Exclude<Role, 'admin_pusat' | 'pengelola'>;

/**
 * A role with the scope it was given, typed so that the two always fit: the national office
 * sees the whole country (`regionCode: null`, and only it has null), regional staff one
 * region, and a library's manager (pengelola) its one partner. Reading a region or a partner
 * therefore first asks which kind of actor it is.
 */
export type ActorScope =
  { role: 'admin_pusat'; regionCode: null } | { role: RegionalRole; regionCode: string } | { role: 'pengelola'; partnerId: number };

/** Who a request acts as: a user and its scope. */
export type Actor = ActorScope & { id: number };

/** Staff: every actor but a library's manager, each with a region (null: the whole country). */
export type StaffScope = Exclude<ActorScope, { role: 'pengelola' }>;

/**
 * The scope a user's stored role, region and partner give, or null when they do not fit
 * together (a regional role without a region, a manager without a partner, the national
 * office with a region): such an account gets no scope rather than a guessed one.
 * A manager's stored region, if any, is ignored: its partner places it.
 */
export function scopeOfUser(user: {
  role: Role;
  regionCode?: string | null | undefined;
  partnerId?: number | null | undefined;
}): ActorScope | null {
  const regionCode = user.regionCode ?? null;
  const partnerId = user.partnerId ?? null;
  if (user.role === 'pengelola') return partnerId === null ? null : { role: user.role, partnerId };
  if (partnerId !== null) return null;
  if (user.role === 'admin_pusat') return regionCode === null ? { role: user.role, regionCode } : null;
  return regionCode === null ? null : { role: user.role, regionCode };
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
export function inScope(actor: ActorScope, row: Scoped): boolean {
  if (actor.role === 'pengelola') return row.partnerId != null && row.partnerId === actor.partnerId;
  return actor.regionCode === null || isWithinRegion(row.regionCode, actor.regionCode);
}

/** True when the actor may look at a whole region (dashboards, lists): it must lie inside its scope. */
export function regionInScope(actor: ActorScope, regionCode: string | null): boolean {
  if (actor.role === 'pengelola') return false;
  if (actor.regionCode === null) return true;
  return regionCode !== null && isWithinRegion(regionCode, actor.regionCode);
}

/**
 * What a KPI answer (a dashboard, a ranking, a rapor) covers for this actor:
 * - `partner`: a library manager reads its own partner's KPI, whatever region it asks for;
 * - `region`: staff read the region asked for, or without one their own (null: the whole country);
 * - `outside`: the region asked for lies outside the actor's scope.
 */
export type KpiScope = { kind: 'partner'; partnerId: number } | { kind: 'region'; regionCode: string | null } | { kind: 'outside' };

/** The one rule for the region of every KPI, dashboard and rapor answer, on the server and in the web app. */
export function kpiScope(actor: ActorScope, requestedRegion: string | null | undefined): KpiScope {
  if (actor.role === 'pengelola') return { kind: 'partner', partnerId: actor.partnerId };
  const regionCode = requestedRegion ?? actor.regionCode;
  return regionInScope(actor, regionCode) ? { kind: 'region', regionCode } : { kind: 'outside' };
}

/** True when the actor may read this partner's rapor: its own partner, or one inside its region. */
export function raporInScope(actor: ActorScope, partner: { id: number; regionCode: string }): boolean {
  const scope = kpiScope(actor, partner.regionCode);
  return scope.kind === 'partner' ? scope.partnerId === partner.id : scope.kind === 'region';
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
  if (actor.role === 'pengelola' || !can(actor, 'users.create')) return 'not_allowed';
  if (roleRank[user.role] > roleRank[actor.role]) return 'role_above_own';
  if (user.partner) {
    return inScope(actor, { regionCode: user.partner.regionCode }) ? null : 'partner_out_of_scope';
  }
  if (actor.regionCode === null) return null;
  if (user.regionCode === null || !isWithinRegion(user.regionCode, actor.regionCode)) return 'region_out_of_scope';
  return null;
}

/** A stored user as the rule below sees it: its role and where it stands. */
export interface ManagedUser {
  id: number;
  role: Role;
  regionCode: string | null;
  partner: { regionCode: string } | null;
}

/** `details`: name and phone; `scope`: role, region or partner; `active`: (de)activating; `password`: a reset. */
export type UserChange = 'details' | 'scope' | 'active' | 'password';

export type UserManagementRefusal = 'not_visible' | 'not_allowed' | 'role_above_own' | 'own_account';

/** True when the user stands inside the actor's region; the national office (no region) only in the national office's view. */
export function userInScope(actor: ActorScope, user: Pick<ManagedUser, 'regionCode' | 'partner'>): boolean {
  if (actor.role === 'pengelola') return false;
  if (actor.regionCode === null) return true;
  const place = user.partner?.regionCode ?? user.regionCode;
  return place !== null && isWithinRegion(place, actor.regionCode);
}

/**
 * An admin manages the users inside its own scope (a provincial admin its province's, never the
 * national office's), of a role no higher than its own; nobody deactivates, re-scopes or resets
 * itself (its own account page changes its password), so no admin can lock itself out or widen
 * its own reach. Checked in this order: a user outside the scope is simply not there (404).
 */
export function userManagementRefusal(actor: Actor, user: ManagedUser, change: UserChange): UserManagementRefusal | null {
  if (!userInScope(actor, user)) return 'not_visible';
  if (!can(actor, 'users.manage')) return 'not_allowed';
  if (roleRank[user.role] > roleRank[actor.role]) return 'role_above_own';
  if (user.id === actor.id && change !== 'details') return 'own_account';
  return null;
}

/**
 * Who may do what to one activity, and in which statuses. A reporter works on drafts and
 * returned activities; a reviewer decides on submitted ones; a verified activity is locked
 * until an admin reopens it. The moves between statuses are the review machine's (`activity-review.ts`).
 */
const moving = (t: ActivityTransition) => ({ action: activityReview.transitions[t].by, from: activityReview.transitions[t].from });
const activityRules: Record<ActivityOperation, { action: Action; from: readonly ActivityStatus[] }> = {
  edit: { action: 'activities.report', from: ['draft', 'returned'] },
  delete: { action: 'activities.report', from: ['draft', 'returned'] },
  submit: moving('submit'),
  addPhoto: { action: 'activities.report', from: ['draft', 'returned'] },
  removePhoto: { action: 'activities.report', from: ['draft', 'returned'] },
  verify: moving('verify'),
  return: moving('return'),
  reopen: moving('reopen'),
  comment: { action: 'activities.comment', from: activityStatuses },
};

/** Statuses from which an operation starts, e.g. for a conditional update that loses no race. */
export const activityOperationFrom = (operation: ActivityOperation): readonly ActivityStatus[] => activityRules[operation].from;

export type ActivityRefusal = 'not_visible' | 'not_allowed' | 'wrong_status';

/**
 * Why the actor may not do the operation, or null when it may. Checked in this order, so an
 * activity outside the actor's scope is simply not there (404) whatever else is wrong with it.
 */
export function activityRefusal(
  actor: Actor,
  activity: Scoped & { status: ActivityStatus },
  operation: ActivityOperation,
): ActivityRefusal | null {
  if (!inScope(actor, activity)) return 'not_visible';
  const rule = activityRules[operation];
  if (!can(actor, rule.action)) return 'not_allowed';
  if (!rule.from.includes(activity.status)) return 'wrong_status';
  return null;
}

export function allowedActivityOperations(actor: Actor, activity: Scoped & { status: ActivityStatus }): ActivityOperation[] {
  return activityOperations.filter((op) => activityRefusal(actor, activity, op) === null);
}

/** A new activity is reported for a partner inside the actor's scope (a pengelola: its own partner). */
export function mayReportFor(actor: Actor, partner: { id: number; regionCode: string }): boolean {
  return can(actor, 'activities.report') && inScope(actor, { regionCode: partner.regionCode, partnerId: partner.id });
}

/** Activities are imported, already submitted, for a partner inside the actor's scope (a pengelola: its own partner). */
export function mayImportFor(actor: Actor, partner: { id: number; regionCode: string }): boolean {
  return can(actor, 'activities.import') && inScope(actor, { regionCode: partner.regionCode, partnerId: partner.id });
}
