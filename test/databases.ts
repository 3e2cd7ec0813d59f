import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * Test databases. Each run builds one template (migrated, regions loaded) and every test
 * file gets its own copy: a file copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL.
 * Runs and files never see each other's rows.
 */
export const testDialect = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
export const pgAdminUrl = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export function pgUrlFor(database: string): string {
  const url = new URL(pgAdminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function pgAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: pgAdminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TemplateInfo {
  dialect: 'sqlite' | 'postgres';
  /** SQLite: path of the template file. PostgreSQL: name of the template database. */
  template: string;
  runId: string;
}

/** A fresh database copied from the run's template; returns what `connect` needs. */
export async function freshDatabase(
  info: TemplateInfo,
): Promise<{ databaseUrl?: string; dataDir: string; file?: string; drop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sim-test-'));
  if (info.dialect === 'sqlite') {
    const file = join(dataDir, 'test.db');
    copyFileSync(info.template, file);
    return { dataDir, file, drop: () => Promise.resolve() };
  }
  const name = `sim_t_${info.runId}_${randomBytes(4).toString('hex')}`;
  await pgAdmin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${info.template}`));
  return {
    dataDir,
    databaseUrl: pgUrlFor(name),
    drop: () => pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** A brand-new empty database, as a first `npm start` would find it. */
export async function emptyDatabase(info: TemplateInfo): Promise<{ databaseUrl?: string; dataDir: string; drop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sim-empty-'));
  if (info.dialect === 'sqlite') return { dataDir, drop: () => Promise.resolve() };
  const name = `sim_t_${info.runId}_${randomBytes(4).toString('hex')}`;
  await pgAdmin((c) => c.query(`CREATE DATABASE ${name}`));
  return {
    dataDir,
    databaseUrl: pgUrlFor(name),
    drop: () => pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
