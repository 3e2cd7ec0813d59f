import { constants } from 'node:fs';
import { access, copyFile, mkdir } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { sqliteFileIn } from '#server/db/connect';
import { copyTree, requireEmpty } from './folders';
import { BackupError, backupLayout, readManifest, type BackupManifest } from './manifest';
import { photoFilesNamedIn } from './photo-files';
import { checkIntact } from './snapshot';

export interface RestoreTarget {
  dataDir: string;
  uploadDir: string;
}

const inside = (parent: string, child: string) => {
  const path = relative(resolve(parent), resolve(child));
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
};

/**
 * Restores a backup made by `backupSqlite` into an empty data directory (and upload directory,
 * when UPLOAD_DIR lies elsewhere): nothing that exists is ever overwritten. The next start
 * migrates the restored database if it is older than the code.
 */
export async function restoreSqlite(dir: string, target: RestoreTarget): Promise<BackupManifest> {
  const manifest = await readManifest(dir);
  await requireEmpty(target.dataDir, 'the data directory (DATA_DIR)');
  if (!inside(target.dataDir, target.uploadDir)) await requireEmpty(target.uploadDir, 'the upload directory (UPLOAD_DIR)');
  const source = join(dir, backupLayout.database);
  checkIntact(source);

  await mkdir(target.dataDir, { recursive: true });
  const databaseFile = sqliteFileIn(target.dataDir);
  await copyFile(source, databaseFile, constants.COPYFILE_EXCL);
  await mkdir(target.uploadDir, { recursive: true });
  await copyTree(join(dir, backupLayout.uploads), target.uploadDir);

  const missing: string[] = [];
  for (const file of await photoFilesNamedIn(databaseFile, target.uploadDir)) {
    await access(join(target.uploadDir, file)).catch(() => missing.push(file));
  }
  if (missing.length) {
    throw new BackupError(`the backup lacks ${missing.length} photo file(s) its database names (${missing.slice(0, 3).join(', ')})`);
  }
  return manifest;
}
