import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { BackupError } from './manifest';

/** Files under a folder, as paths relative to it; none when it does not exist. */
export async function filesUnder(root: string): Promise<string[]> {
  try {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name)));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

/** Refuses a folder holding anything: a backup or a restore never overwrites or mixes in files. */
export async function requireEmpty(dir: string, what: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  if (entries.length === 0) return;
  const shown = entries.slice(0, 5).join(', ') + (entries.length > 5 ? `, … (${entries.length} entries)` : '');
  throw new BackupError(`${what} ${dir} is not empty (${shown}); use an empty or new folder, so nothing in it is overwritten`);
}

/**
 * Copies one file, creating its folder. Returns its size, or null when the source has gone
 * (a photo deleted while the copy runs).
 */
export async function copyOne(from: string, to: string): Promise<number | null> {
  try {
    await mkdir(dirname(to), { recursive: true });
    await copyFile(from, to);
    return (await stat(to)).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/**
 * Copies every file under `from` to the same place under `to`. With `slackMs`, also names the
 * files that may have been written while they were copied (modified within `slackMs` before
 * their copy began, or after): their copy may be cut short, so the caller copies them again
 * once they are known to be whole. Files vanishing meanwhile are skipped.
 */
export async function copyTree(
  from: string,
  to: string,
  options: { slackMs?: number } = {},
): Promise<{ files: number; bytes: number; unsettled: Set<string> }> {
  let files = 0;
  let bytes = 0;
  const unsettled = new Set<string>();
  for (const file of await filesUnder(from)) {
    const started = Date.now();
    const size = await copyOne(join(from, file), join(to, file));
    if (size === null) continue;
    files += 1;
    bytes += size;
    if (options.slackMs === undefined) continue;
    const modified = await stat(join(from, file)).then(
      (s) => s.mtimeMs,
      () => Number.POSITIVE_INFINITY,
    );
    if (modified >= started - options.slackMs) unsettled.add(file);
  }
  return { files, bytes, unsettled };
}

/** How many files a folder holds and how large they are together. */
export async function measureTree(root: string): Promise<{ files: number; bytes: number }> {
  let bytes = 0;
  const files = await filesUnder(root);
  for (const file of files) bytes += (await stat(join(root, file))).size;
  return { files: files.length, bytes };
}
