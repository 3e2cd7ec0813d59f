import { sql, type Kysely } from 'kysely';
import { isPostgres } from './dialect';

/**
 * Every new KPI profile version is announced on the `kpi_profile` channel as `code:id` when its
 * transaction commits, so each server instance keeps the versions in memory and a KPI read needs
 * no round trip for the version in force (kpi/profiles.ts). Versions are only ever added, never
 * changed in place (an edit publishes the next one), and two of one code cannot both commit (the
 * version number is unique), so the newest id of a code tells whether a list is complete.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`
    CREATE FUNCTION kpi_profile_notice() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('kpi_profile', NEW.code || ':' || NEW.id);
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER kpi_profile_notice AFTER INSERT ON kpi_profiles
    FOR EACH ROW EXECUTE FUNCTION kpi_profile_notice()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`DROP TRIGGER kpi_profile_notice ON kpi_profiles`.execute(db);
  await sql`DROP FUNCTION kpi_profile_notice()`.execute(db);
}
