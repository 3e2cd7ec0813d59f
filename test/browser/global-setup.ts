import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { connect } from '#server/db/connect';
import { prepareDatabase } from '#server/startup';

declare module 'vitest' {
  export interface ProvidedContext {
    demoDatabase: string;
    /** The demo's upload directory (its stories' photos), beside that file. */
    demoUploads: string;
  }
}

/**
 * Builds the demo once per run, exactly as a first `npm start` does (regions, demo users,
 * the whole province, its stories' photos); each test file's server starts on its own copy of
 * that file and of the uploads.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'sim-browser-demo-'));
  const file = join(dir, 'demo.db');
  const uploads = join(dir, 'uploads');
  const connection = connect({ dataDir: dir, file });
  await prepareDatabase(connection, { admin: null, demo: true, uploadDir: uploads });
  // Closing folds the WAL into the file, so a plain copy is the whole database.
  await connection.close();
  project.provide('demoDatabase', file);
  project.provide('demoUploads', uploads);
  return () => rmSync(dir, { recursive: true, force: true });
}
