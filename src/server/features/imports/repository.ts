import { compiledOnce, inFixedChunks } from '#server/db/compiled';
import type { DbOrTx } from '#server/db/database';
import type { NewImportRefRow } from './import-ref.table';

/** Of these refs, those already imported in the scope, with what each became. */
export async function knownRefs(db: DbOrTx, scopeKey: string, kind: string, refs: readonly string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  // In slices: SQLite takes at most 32,766 bound values per statement.
  for (let i = 0; i < refs.length; i += 1_000) {
    const rows = await db
      .selectFrom('import_refs')
      .select(['ref', 'target_id'])
      .where('scope_key', '=', scopeKey)
      .where('kind', '=', kind)
      .where('ref', 'in', refs.slice(i, i + 1_000))
      .execute();
    for (const r of rows) found.set(r.ref, r.target_id);
  }
  return found;
}

// A batch's refs, hundreds at a time: compiled once per chunk size (db/compiled.ts).
const refsInsert = compiledOnce((db, p: { rows: NewImportRefRow[] }) => db.insertInto('import_refs').values(p.rows), { longestList: 512 });

export async function insertImportRefs(db: DbOrTx, rows: readonly NewImportRefRow[]): Promise<void> {
  for (const chunk of inFixedChunks(rows, 512)) await refsInsert(db, { rows: chunk });
}

/** The first active national admin, whom the CLI imports as when no user is named. */
export async function firstNationalAdminName(db: DbOrTx): Promise<string | undefined> {
  const row = await db
    .selectFrom('users')
    .select('username')
    .where('role', '=', 'admin_pusat')
    .where('active', '=', 1)
    .orderBy('id')
    .executeTakeFirst();
  return row?.username;
}

/** The active partners at or under a region, for the benchmark's generated file. */
export async function partnerIdsOfRegion(db: DbOrTx, regionCode: string): Promise<number[]> {
  const rows = await db
    .selectFrom('partners')
    .select('id')
    .where('active', '=', 1)
    .where((eb) => eb.or([eb('region_code', '=', regionCode), eb('region_code', 'like', `${regionCode}.%`)]))
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}
