import { KpiProfileDefinition, type KpiProfile } from '#domain/kpi/profile';
import { tpbis2024Profile } from '#domain/kpi/tpbis2024';
import type { Db, DbOrTx } from '#server/db/database';
import { noticeWatchOf, raisedHere } from '#server/db/notice-watch';
import { ApiError, notFound } from '#server/http/errors';
import type { KpiProfileRow } from './kpi-profile.table';
import { findProfileVersion, insertProfileVersion, latestVersionNumber, listProfileVersions, newestProfileIds } from './profile.repository';

/** The programme's one profile so far; more codes can live beside it. */
export const defaultProfileCode = 'tpbis-2024';
/** The channel of migration 0025's trigger: `code:id` for every new version. */
const profileChannel = 'kpi_profile';
/** The first version covers the whole programme, which began in 2018. */
const programmeStart = '2018-01-01';

export interface ProfileVersion {
  id: number;
  code: string;
  version: number;
  effectiveFrom: string;
  note: string | null;
  createdAt: string;
  definition: KpiProfile;
}

// Every KPI answer reads the version in force: its definition is parsed and validated once, not per request.
const definitions = new Map<string, KpiProfile>();

function definitionOf(text: string): KpiProfile {
  let definition = definitions.get(text);
  if (!definition) {
    definition = KpiProfileDefinition.parse(JSON.parse(text));
    if (definitions.size >= 64) definitions.clear();
    definitions.set(text, definition);
  }
  return definition;
}

function toVersion(row: KpiProfileRow): ProfileVersion {
  return {
    id: row.id,
    code: row.code,
    version: row.version,
    effectiveFrom: row.effective_from,
    note: row.note,
    createdAt: row.created_at,
    definition: definitionOf(row.definition),
  };
}

/** Installs "TPBIS 2024" as version 1 on a database that has no profile yet. */
export async function ensureDefaultProfile(db: DbOrTx, now: Date): Promise<void> {
  if ((await latestVersionNumber(db, defaultProfileCode)) > 0) return;
  const id = await insertProfileVersion(db, {
    code: defaultProfileCode,
    version: 1,
    definition: JSON.stringify(tpbis2024Profile),
    effectiveFrom: programmeStart,
    note: 'DESIGN.md default',
    createdBy: null,
    createdAt: now.toISOString(),
  });
  raisedHere(profileChannel, defaultProfileCode, id);
}

/** The notices of new versions on PostgreSQL (tests wait for it to listen); undefined on SQLite. */
export const profileWatchOf = (db: Db) =>
  noticeWatchOf(db, profileChannel, async () => (await newestProfileIds(db)).map((r) => ({ key: r.code, value: r.id })));

// A code's versions as read before, with the newest id the notices had announced when they were read.
const keptVersions = new WeakMap<object, { newest: number; ordered: ProfileVersion[] }>();

/**
 * The default profile's versions, the one in force first: latest effective date first, the
 * higher version first on a tie. On PostgreSQL, kept while no newer version is announced (every
 * KPI answer needs them, and the read was a round trip); on SQLite read each time, in-process.
 */
async function versionsInForceOrder(db: Db): Promise<ProfileVersion[]> {
  const watch = profileWatchOf(db);
  // Read before the versions: one published in between leaves the list stamped older, and read again.
  const newest = watch?.valuesOf([defaultProfileCode])?.get(defaultProfileCode);
  const kept = keptVersions.get(db);
  if (newest !== undefined && kept?.newest === newest) return kept.ordered;
  const ordered = (await profileVersions(db)).sort((a, b) =>
    a.effectiveFrom === b.effectiveFrom ? b.version - a.version : a.effectiveFrom < b.effectiveFrom ? 1 : -1,
  );
  if (newest !== undefined) keptVersions.set(db, { newest, ordered });
  return ordered;
}

/** The version in force on a day: the newest whose effective date is on or before it, else the latest. */
const inForceOn = (ordered: readonly ProfileVersion[], day: string): ProfileVersion | undefined =>
  ordered.find((v) => v.effectiveFrom <= day) ?? ordered[0];

/**
 * The version that scores a period: the one in force on its last day. A new version
 * applies from its chosen date, so periods that end before it keep their colours.
 */
export async function profileForPeriod(db: Db, to: string): Promise<ProfileVersion> {
  const version = inForceOn(await versionsInForceOrder(db), to);
  if (!version) throw new ApiError('internal', 'no KPI profile installed');
  return version;
}

/** The versions in force on each of these days, from one read of the versions: a trend asks for one per month. */
export async function profilesForDays(db: Db, days: readonly string[]): Promise<Map<string, ProfileVersion>> {
  const ordered = await versionsInForceOrder(db);
  if (ordered.length === 0) throw new ApiError('internal', 'no KPI profile installed');
  return new Map(days.map((day) => [day, inForceOn(ordered, day) as ProfileVersion]));
}

export async function profileVersions(db: DbOrTx): Promise<ProfileVersion[]> {
  return (await listProfileVersions(db, defaultProfileCode)).map(toVersion);
}

export async function profileVersion(db: Db, version: number): Promise<ProfileVersion> {
  const row = await findProfileVersion(db, defaultProfileCode, version);
  if (!row) throw notFound('KPI profile version');
  return toVersion(row);
}

/** An edit never changes a version in place: it publishes the next version from a chosen date. */
export async function publishProfileVersion(
  db: Db,
  input: { definition: KpiProfile; effectiveFrom: string; note?: string | undefined; actorId: number; now: Date },
): Promise<ProfileVersion> {
  return db.transaction().execute(async (tx) => {
    const version = (await latestVersionNumber(tx, defaultProfileCode)) + 1;
    await insertProfileVersion(tx, {
      code: defaultProfileCode,
      version,
      definition: JSON.stringify(input.definition),
      effectiveFrom: input.effectiveFrom,
      note: input.note ?? null,
      createdBy: input.actorId,
      createdAt: input.now.toISOString(),
    });
    const row = await findProfileVersion(tx, defaultProfileCode, version);
    if (!row) throw new ApiError('internal', 'profile version vanished');
    // Read from the table here until the trigger's notice of it is back (db/notice-watch.ts).
    raisedHere(profileChannel, defaultProfileCode, row.id);
    return toVersion(row);
  });
}

/** How an answer names the profile it was scored with. */
export const profileRef = (p: ProfileVersion) => ({ id: p.id, version: p.version, thresholds: p.definition.thresholds });
