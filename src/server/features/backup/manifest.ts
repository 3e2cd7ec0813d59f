import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/** What a backup folder holds; `backup.json` is written last, so its presence marks a finished backup. */
export const backupLayout = {
  manifest: 'backup.json',
  database: 'sim-tpbis.db',
  uploads: 'uploads',
} as const;

export const BackupManifest = z.strictObject({
  format: z.literal(1),
  app: z.literal('sim-tpbis'),
  version: z.string(),
  createdAt: z.iso.datetime(),
  database: z.strictObject({ dialect: z.literal('sqlite'), bytes: z.number().int().nonnegative() }),
  uploads: z.strictObject({
    files: z.number().int().nonnegative(),
    bytes: z.number().int().nonnegative(),
    photos: z.number().int().nonnegative(),
  }),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

/** A refusal or failure to explain to whoever runs the command; no stack trace needed. */
export class BackupError extends Error {}

export async function writeManifest(dir: string, manifest: BackupManifest): Promise<void> {
  await writeFile(join(dir, backupLayout.manifest), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
}

export async function readManifest(dir: string): Promise<BackupManifest> {
  const path = join(dir, backupLayout.manifest);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new BackupError(`${path} is missing: ${dir} is not a finished sim-tpbis backup (was the backup interrupted?)`);
  }
  const parsed = BackupManifest.safeParse(JSON.parse(text));
  if (!parsed.success) throw new BackupError(`${path} is not a sim-tpbis backup manifest: ${parsed.error.message}`);
  return parsed.data;
}
