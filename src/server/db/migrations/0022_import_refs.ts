import type { Kysely } from 'kysely';

/**
 * The rows an import has created (docs/decisions/030-imports.md): a file's `ref` per importing
 * scope and kind, and what it became. Importing the same file again finds every ref here and
 * creates nothing twice. The unique key also stops two concurrent imports of one file.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('import_refs')
    // `p:<partnerId>` for a library's manager, `r:<regionCode>` for staff, `r:` for the national office.
    .addColumn('scope_key', 'varchar(40)', (c) => c.notNull())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('ref', 'varchar(100)', (c) => c.notNull())
    // The partner or activity the row created; no foreign key: it names either table.
    .addColumn('target_id', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_refs_pk', ['scope_key', 'kind', 'ref'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('import_refs').execute();
}
