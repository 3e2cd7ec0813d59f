import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { connect } from '#server/db/connect';
import { prepareDatabase } from '#server/startup';
import { pgAdmin, pgUrlFor, testDialect, type TemplateInfo } from './databases';

declare module 'vitest' {
  export interface ProvidedContext {
    template: TemplateInfo;
  }
}

/** Builds the run's template database once: migrated, with every official region, no users. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runId = randomBytes(3).toString('hex');
  if (testDialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'sim-template-'));
    const file = join(dir, 'template.db');
    const connection = connect({ dataDir: dir, file });
    await prepareDatabase(connection, { admin: null, demo: false });
    // Fold the WAL into the main file so a plain file copy is a complete database.
    await connection.close();
    project.provide('template', { dialect: 'sqlite', template: file, runId });
    return () => Promise.resolve(rmSync(dir, { recursive: true, force: true }));
  }
  const template = `sim_tpl_${runId}`;
  await pgAdmin((c) => c.query(`CREATE DATABASE ${template}`));
  const connection = connect({ dataDir: tmpdir(), databaseUrl: pgUrlFor(template) });
  await prepareDatabase(connection, { admin: null, demo: false });
  await connection.close();
  project.provide('template', { dialect: 'postgres', template, runId });
  return async () => {
    await pgAdmin(async (c) => {
      const { rows } = await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`sim_t_${runId}_%`]);
      for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
      await c.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    });
  };
}
