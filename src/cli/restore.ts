import type { Config } from '#server/config';
import { BackupError } from '#server/features/backup/manifest';
import { restoreSqlite } from '#server/features/backup/restore';
import { postgresRestoreAdvice } from './postgres-backup';

/** `restore DIR`: a backup into an empty DATA_DIR (and UPLOAD_DIR); never over existing data. */
export async function restoreCommand(config: Config, dir: string | undefined): Promise<number> {
  if (!dir) {
    console.error('usage: sim-tpbis restore DIR   (into an empty DATA_DIR)');
    return 1;
  }
  if (config.databaseUrl) {
    console.error(postgresRestoreAdvice(dir, config));
    return 1;
  }
  try {
    const manifest = await restoreSqlite(dir, { dataDir: config.dataDir, uploadDir: config.uploadDir });
    console.log(
      `restored the backup of ${manifest.createdAt} (sim-tpbis ${manifest.version}, ${manifest.uploads.photos} photos) ` +
        `into ${config.dataDir}; start the server on it as usual`,
    );
    return 0;
  } catch (err) {
    if (!(err instanceof BackupError)) throw err;
    console.error(`restore refused: ${err.message}`);
    return 1;
  }
}
