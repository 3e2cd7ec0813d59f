import {
  regionLevelOfPartnerType,
  type CreatePartnerBody,
  type Partner,
  type PartnerDetail,
  type PartnerList,
  type PartnerListQuery,
  type UpdatePartnerBody,
} from '#domain/partners';
import { can, inScope, regionInScope, type Actor } from '#domain/permissions';
import { PartnerType } from '#domain/taxonomy';
import type { DbOrTx } from '#server/db/database';
import { inTransaction } from '#server/db/transaction';
import { ApiError, conflict, forbidden, invalidField, notFound } from '#server/http/errors';
import { activityCountsOfPartner, movePartnerActivities } from '#server/features/activities/service';
import { bumpGenerations } from '#server/features/rollups/generations';
import { knownRegion } from '#server/features/regions/service';
import { managersOfPartner } from '#server/features/users/service';
import { toPartner } from './mapping';
import type { PartnerRow } from './partner.table';
import { findNamesake, findPartner, insertPartner, listPartners, updatePartnerRow, type PartnerFilter } from './repository';

/** The list's filters, without its paging: what the list and its export share. */
export type PartnerFilterQuery = Omit<PartnerListQuery, 'page' | 'pageSize'>;

/** The region must exist and be of the level the partner's type serves (a village library sits at a village). */
async function assertPlacement(db: DbOrTx, type: PartnerType, regionCode: string): Promise<void> {
  const region = await knownRegion(db, regionCode);
  if (!region) throw invalidField('regionCode', 'unknown_region', 'no region has this code');
  const level = regionLevelOfPartnerType[type];
  if (region.level !== level) {
    throw invalidField('regionCode', 'wrong_level', `a ${type} partner sits at a region of level ${level}, not ${region.level}`);
  }
}

function assertMayWrite(actor: Actor, regionCode: string): void {
  if (!can(actor, 'partners.write')) throw forbidden('your role may not manage partners');
  if (!regionInScope(actor, regionCode)) throw forbidden('that region is outside your scope');
}

function assertCohortYear(cohortYear: number, now: Date): void {
  if (cohortYear > now.getUTCFullYear()) throw invalidField('cohortYear', 'future', 'a cohort year cannot lie in the future');
}

async function assertNoNamesake(db: DbOrTx, p: { name: string; type: string; regionCode: string; exceptId?: number }): Promise<void> {
  if (await findNamesake(db, p)) throw conflict('a partner of this type with this name already sits at this region', 'name');
}

async function partnerById(db: DbOrTx, id: number): Promise<Partner> {
  const row = await findPartner(db, id);
  if (!row) throw new ApiError('internal', 'partner vanished');
  return toPartner(row);
}

export async function createPartner(db: DbOrTx, actor: Actor, body: CreatePartnerBody, now: Date): Promise<Partner> {
  assertMayWrite(actor, body.regionCode);
  return inTransaction(db, async (tx) => {
    await assertPlacement(tx, body.type, body.regionCode);
    assertCohortYear(body.cohortYear, now);
    await assertNoNamesake(tx, body);
    const stamp = now.toISOString();
    const id = await insertPartner(tx, {
      name: body.name,
      type: body.type,
      scheme: body.scheme,
      region_code: body.regionCode,
      cohort_year: body.cohortYear,
      address: body.address ?? null,
      phone: body.phone ?? null,
      created_at: stamp,
      updated_at: stamp,
    });
    // A new partner enters its region's KPI lists (at 0) at once.
    await bumpGenerations(tx, [{ partnerId: id, regionCode: body.regionCode }]);
    return partnerById(tx, id);
  });
}

type PartnerChanges = Partial<Omit<PartnerRow, 'id' | 'created_at' | 'updated_at'>>;

/** The columns a patch really changes: a field sent with its current value is no change. */
function changedColumns(row: PartnerRow, patch: UpdatePartnerBody): PartnerChanges {
  const wanted: PartnerChanges = {
    name: patch.name,
    type: patch.type,
    scheme: patch.scheme,
    region_code: patch.regionCode,
    cohort_year: patch.cohortYear,
    address: patch.address,
    phone: patch.phone,
    active: patch.active === undefined ? undefined : patch.active ? 1 : 0,
  };
  return Object.fromEntries(
    Object.entries(wanted).filter(([column, value]) => value !== undefined && value !== row[column as keyof PartnerRow]),
  );
}

/** How to reach a partner does not move its KPI lists; anything else here may. */
const contactColumns = new Set(['address', 'phone']);

/**
 * Edits a partner. Deactivating keeps every activity and user; it only stops new reports.
 * Moving a partner to another region moves its activities with it, so region figures follow.
 * A patch that changes nothing writes nothing: `updatedAt` stays, and so do the cached scores.
 */
export async function updatePartner(db: DbOrTx, actor: Actor, id: number, patch: UpdatePartnerBody, now: Date): Promise<Partner> {
  return inTransaction(db, async (tx) => {
    const row = await findPartner(tx, id);
    if (!row || !inScope(actor, { regionCode: row.region_code, partnerId: row.id })) throw notFound('partner');
    assertMayWrite(actor, row.region_code);
    const changes = changedColumns(row, patch);
    if (Object.keys(changes).length === 0) return toPartner(row);
    const next = {
      name: changes.name ?? row.name,
      type: PartnerType.parse(changes.type ?? row.type),
      regionCode: changes.region_code ?? row.region_code,
    };
    if (next.regionCode !== row.region_code) assertMayWrite(actor, next.regionCode);
    if (next.type !== row.type || next.regionCode !== row.region_code) await assertPlacement(tx, next.type, next.regionCode);
    if (changes.cohort_year !== undefined) assertCohortYear(changes.cohort_year, now);
    if (next.name !== row.name || next.type !== row.type || next.regionCode !== row.region_code) {
      await assertNoNamesake(tx, { ...next, exceptId: id });
    }
    await updatePartnerRow(tx, id, { ...changes, updated_at: now.toISOString() });
    if (next.regionCode !== row.region_code) await movePartnerActivities(tx, id, next.regionCode);
    // Name, type (and so targets), scheme, cohort, place or activity can all change its region's KPI lists.
    if (Object.keys(changes).some((column) => !contactColumns.has(column))) {
      await bumpGenerations(tx, [
        { partnerId: id, regionCode: row.region_code },
        { partnerId: id, regionCode: next.regionCode },
      ]);
    }
    return partnerById(tx, id);
  });
}

/** The partner page: the partner, its managers and its activities by status. A partner outside scope is not found. */
export async function partnerForActor(db: DbOrTx, actor: Actor, id: number): Promise<PartnerDetail> {
  const row = await findPartner(db, id);
  if (!row || !inScope(actor, { regionCode: row.region_code, partnerId: row.id })) throw notFound('partner');
  const [managers, activityCounts] = await Promise.all([managersOfPartner(db, id), activityCountsOfPartner(db, id)]);
  return { ...toPartner(row), managers, activityCounts };
}

/** The list's filter for the actor: inside its scope, a pengelola only its own partner. A region outside the scope is refused. */
export function partnerFilterFor(actor: Actor, query: PartnerFilterQuery): PartnerFilter {
  if (actor.role !== 'pengelola' && query.region !== undefined && !regionInScope(actor, query.region)) {
    throw forbidden('that region is outside your scope');
  }
  const scope =
    actor.role === 'pengelola'
      ? { withinRegion: query.region, partnerId: actor.partnerId }
      : { withinRegion: query.region ?? actor.regionCode ?? undefined, partnerId: undefined };
  return { ...scope, type: query.type, scheme: query.scheme, cohortYear: query.cohortYear, active: query.active, nameContains: query.q };
}

/** Partners inside the actor's scope; a pengelola sees only its own partner. */
export async function partnersForActor(db: DbOrTx, actor: Actor, query: PartnerListQuery): Promise<PartnerList> {
  const { rows, total } = await listPartners(db, partnerFilterFor(actor, query), {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: rows.map(toPartner), total };
}
