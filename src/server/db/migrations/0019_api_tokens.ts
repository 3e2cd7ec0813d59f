import type { Kysely } from 'kysely';
import { withId } from './dialect';

/**
 * API tokens for other systems (docs/decisions/026-api-tokens.md): only the SHA-256 of each token
 * is kept, so a leaked table opens nothing. Names are unique per user, so a log line's name says
 * which token was used. A revoked token's row is deleted; a user's tokens go with the user.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('api_tokens'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'varchar(60)', (c) => c.notNull())
    .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    // The last day (YYYY-MM-DD) the token works; null: until it is revoked.
    .addColumn('expires_at', 'varchar(10)')
    .addColumn('last_used_at', 'varchar(30)')
    .execute();
  await db.schema.createIndex('api_tokens_user_name').on('api_tokens').columns(['user_id', 'name']).unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('api_tokens').execute();
}
