import { sql, type Kysely } from 'kysely';

/**
 * The days a range cuts out of a month are counted from the activities of a province. Under the
 * (region, date) index a province is a range of region codes, so the date cannot narrow the walk:
 * every activity of the province, of every year, was read. Keyed by the province first, the date
 * is the next column, and the walk is the range's days only — whatever the history's length.
 * Covering, so no row is fetched. The same expression on both databases; the query repeats it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX activities_province_date ON activities ((substr(region_code, 1, 2)), date, status, partner_id, strategy, participants_male, participants_female)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX activities_province_date`.execute(db);
}
