import { sql, type Kysely } from 'kysely';
import { isPostgres } from './dialect';

/**
 * Every raised KPI generation is announced on the `kpi_generation` channel as
 * `province:generation` when its transaction commits, whoever raised it (a report, an import, a
 * tool of an operator's), so each server instance can keep the generations in memory and answer
 * a cached KPI read without first asking for them (rollups/generation-watch.ts). A trigger, not
 * the application, so nothing that writes the table can be forgotten. SQLite has one process and
 * no channels: it reads the generations, which costs it nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`
    CREATE FUNCTION kpi_generation_notice() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('kpi_generation', NEW.province_code || ':' || NEW.generation);
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER kpi_generation_notice AFTER INSERT OR UPDATE ON kpi_generations
    FOR EACH ROW EXECUTE FUNCTION kpi_generation_notice()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`DROP TRIGGER kpi_generation_notice ON kpi_generations`.execute(db);
  await sql`DROP FUNCTION kpi_generation_notice()`.execute(db);
}
