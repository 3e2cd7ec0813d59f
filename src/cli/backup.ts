import { readFileSync } from 'node:fs';
import type { Config } from '#server/config';
import { sqliteFileIn } from '#server/db/connect';
import { backupSqlite } from '#server/features/backup/backup';
import { BackupError } from '#server/features/backup/manifest';
import { postgresBackupAdvice } from './postgres-backup';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** `backup DIR`: the running system's database and uploads into a new, empty folder. */
export async function backupCommand(config: Config, dir: string | undefined): Promise<number> {
  if (!dir) {
    console.error('usage: sim-tpbis backup DIR   (DIR must be new or empty)');
    return 1;
  }
  if (config.databaseUrl) {
    console.error(postgresBackupAdvice(dir, config));
    return 1;
  }
  const started = performance.now();
  try {
    const manifest = await backupSqlite(
      { databaseFile: sqliteFileIn(config.dataDir), uploadDir: config.uploadDir, version },
      dir,
      () => new Date(),
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `backed up to ${dir} in ${seconds} s: database ${mb(manifest.database.bytes)}, ` +
        `${manifest.uploads.photos} photos (${manifest.uploads.files} files, ${mb(manifest.uploads.bytes)})`,
    );
    return 0;
  } catch (err) {
    if (!(err instanceof BackupError)) throw err;
    console.error(`backup failed: ${err.message}`);
    return 1;
  }
}
