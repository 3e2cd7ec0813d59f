import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { copyOne, copyTree, filesUnder, measureTree, requireEmpty } from './folders';
import { BackupError, backupLayout, writeManifest, type BackupManifest } from './manifest';
import { photoFilesNamedIn, photoFolderIn } from './photo-files';
import { snapshotSqlite } from './snapshot';

export interface BackupSource {
  databaseFile: string;
  uploadDir: string;
  version: string;
}

// A file modified this shortly before its copy began may still have been being written (and some
// file systems keep modification times to the second or two).
const writeSlackMs = 2_000;

/** Where tests write while a backup runs, to check each race the steps below are built for. */
export interface BackupPauses {
  afterUploadsCopied?: () => Promise<void>;
  afterSnapshot?: () => Promise<void>;
}

/**
 * Backs up a running system: the SQLite database and the uploads, consistent with each other —
 * every photo whose row is in the backup has its files in the backup.
 *
 * A photo's files are written before its row commits and deleted after its row is gone, so:
 * 1. copy the uploads (a photo deleted later is already safe);
 * 2. snapshot the database (SQLite's online backup API);
 * 3. copy again each file the snapshot's rows name that the first pass missed or that was
 *    written while it ran (a photo added meanwhile is whole by now, its row having committed);
 * 4. drop the photo files no row names (uploads that failed, photos deleted before the snapshot).
 * A photo written just before or during the first pass and deleted before the second cannot be
 * known whole: the backup then fails, asking to be run again, rather than finish inconsistent.
 * `backup.json` is written last.
 */
export async function backupSqlite(source: BackupSource, dir: string, now: () => Date, pauses: BackupPauses = {}): Promise<BackupManifest> {
  await requireEmpty(dir, 'the backup folder');
  await mkdir(dir, { recursive: true });
  const uploads = join(dir, backupLayout.uploads);
  const databaseFile = join(dir, backupLayout.database);

  const firstPass = await copyTree(source.uploadDir, uploads, { slackMs: writeSlackMs });
  await pauses.afterUploadsCopied?.();
  await snapshotSqlite(source.databaseFile, databaseFile);
  await pauses.afterSnapshot?.();

  const named = await photoFilesNamedIn(databaseFile, uploads);
  const lost: string[] = [];
  const copied = new Set(await filesUnder(uploads));
  for (const file of named) {
    if (copied.has(file) && !firstPass.unsettled.has(file)) continue;
    const size = await copyOne(join(source.uploadDir, file), join(uploads, file));
    if (size === null) lost.push(file);
  }
  if (lost.length) {
    throw new BackupError(
      `${lost.length} photo file(s) were deleted while the backup ran (${lost.slice(0, 3).join(', ')}); ` +
        `${dir} is incomplete: empty it and run the backup again`,
    );
  }
  const photoFolder = photoFolderIn(uploads);
  for (const file of await filesUnder(uploads)) {
    if (file.startsWith(`${photoFolder}/`) && !named.has(file)) await rm(join(uploads, file));
  }

  const { files, bytes } = await measureTree(uploads);
  const manifest: BackupManifest = {
    format: 1,
    app: 'sim-tpbis',
    version: source.version,
    createdAt: now().toISOString(),
    database: { dialect: 'sqlite', bytes: (await stat(databaseFile)).size },
    uploads: { files, bytes, photos: named.size / 2 },
  };
  await writeManifest(dir, manifest);
  return manifest;
}
