import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Photos live as files under the upload directory (shared by every server instance), named by
 * a random UUID: a name never comes from the client, so it cannot climb out of the directory.
 */
const folder = (uploadDir: string) => join(uploadDir, 'photos');

export type PhotoSize = 'full' | 'thumb';

export function photoPath(uploadDir: string, fileName: string, size: PhotoSize): string {
  return join(folder(uploadDir), size === 'full' ? fileName : fileName.replace(/\.jpg$/, '.thumb.jpg'));
}

export const newPhotoName = () => `${randomUUID()}.jpg`;

export async function writePhotoFiles(uploadDir: string, fileName: string, full: Buffer, thumbnail: Buffer): Promise<void> {
  await mkdir(folder(uploadDir), { recursive: true });
  await writeFile(photoPath(uploadDir, fileName, 'full'), full, { flag: 'wx' });
  await writeFile(photoPath(uploadDir, fileName, 'thumb'), thumbnail, { flag: 'wx' });
}

export async function removePhotoFiles(uploadDir: string, fileNames: string[]): Promise<void> {
  for (const name of fileNames) {
    await rm(photoPath(uploadDir, name, 'full'), { force: true });
    await rm(photoPath(uploadDir, name, 'thumb'), { force: true });
  }
}
