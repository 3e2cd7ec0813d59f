import { KpiProfileDefinition, type KpiProfile } from '#domain/kpi/profile';
import { tpbis2024Profile } from '#domain/kpi/tpbis2024';
import type { Db, DbOrTx } from '#server/db/database';
import { ApiError, notFound } from '#server/http/errors';
import type { KpiProfileRow } from './kpi-profile.table';
import { findProfileVersion, insertProfileVersion, latestVersionNumber, listProfileVersions, profileInForce } from './profile.repository';

/** The programme's one profile so far; more codes can live beside it. */
export const defaultProfileCode = 'tpbis-2024';
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
  await insertProfileVersion(db, {
    code: defaultProfileCode,
    version: 1,
    definition: JSON.stringify(tpbis2024Profile),
    effectiveFrom: programmeStart,
    note: 'DESIGN.md default',
    createdBy: null,
    createdAt: now.toISOString(),
  });
}

/**
 * The version that scores a period: the one in force on its last day. A new version
 * applies from its chosen date, so periods that end before it keep their colours.
 */
export async function profileForPeriod(db: Db, to: string): Promise<ProfileVersion> {
  const row = (await profileInForce(db, defaultProfileCode, to)) ?? (await profileInForce(db, defaultProfileCode, '9999-12-31'));
  if (!row) throw new ApiError('internal', 'no KPI profile installed');
  return toVersion(row);
}

/** The versions in force on each of these days, from one read of the versions: a trend asks for one per month. */
export async function profilesForDays(db: Db, days: readonly string[]): Promise<Map<string, ProfileVersion>> {
  const versions = await profileVersions(db);
  if (versions.length === 0) throw new ApiError('internal', 'no KPI profile installed');
  // As profileInForce orders them: the latest effective date first, the higher version first on a tie.
  const ordered = [...versions].sort((a, b) =>
    a.effectiveFrom === b.effectiveFrom ? b.version - a.version : a.effectiveFrom < b.effectiveFrom ? 1 : -1,
  );
  const latest = ordered[0] as ProfileVersion;
  return new Map(days.map((day) => [day, ordered.find((v) => v.effectiveFrom <= day) ?? latest]));
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
    return toVersion(row);
  });
}

/** How an answer names the profile it was scored with. */
export const profileRef = (p: ProfileVersion) => ({ id: p.id, version: p.version, thresholds: p.definition.thresholds });
