import { dirname, relative } from 'node:path';
import { connectReadonly } from '#server/db/connect';
import { allPhotoFiles } from '#server/features/photos/service';
import { photoPath } from '#server/features/photos/storage';

/** The photos' folder, relative to the upload directory (the photo feature decides where it is). */
export const photoFolderIn = (uploadDir: string) => relative(uploadDir, dirname(photoPath(uploadDir, 'any.jpg', 'full')));

/** The files (each photo and its thumbnail, relative to the upload directory) that a database's photo rows name. */
export async function photoFilesNamedIn(databaseFile: string, uploadDir: string): Promise<Set<string>> {
  const connection = connectReadonly(databaseFile);
  try {
    const names = await allPhotoFiles(connection.db);
    const sizes = ['full', 'thumb'] as const;
    return new Set(names.flatMap((name) => sizes.map((size) => relative(uploadDir, photoPath(uploadDir, name, size)))));
  } finally {
    await connection.close();
  }
}
