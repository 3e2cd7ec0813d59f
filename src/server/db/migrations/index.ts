import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_foundation';

/** Migrations are listed here in order; each is frozen once it has shipped. */
const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
};

export const migrationProvider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };
