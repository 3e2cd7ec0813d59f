import type { LearnerRow } from '#domain/course-learning';
import type { Actor } from '#domain/permissions';
import type { Role } from '#domain/roles';
import type { Db } from '#server/db/database';
import { inPages, mapPages } from '#server/features/exports/pages';
import { nameAtLevel, regionPathsForPages, type RegionPath } from '#server/features/exports/regions';
import type { RowBatches, SheetDefinition } from '#server/features/exports/sheet';
import { courseLearners } from './report';

// The staff's progress screen of a course ("Kemajuan Elis") as a file: every learner in the
// region, not a page of them. A course's learners in a region are hundreds, so they are read as
// the screen reads them and paged out.

type ExportedLearner = LearnerRow & { path: RegionPath | undefined };

const roleNames: Record<Role, string> = {
  admin_pusat: 'Admin Pusat',
  admin_provinsi: 'Admin Provinsi',
  fasilitator: 'Fasilitator',
  konsultan: 'Konsultan',
  pengelola: 'Pengelola perpustakaan',
};

export const courseProgressSheet: SheetDefinition<ExportedLearner> = {
  name: 'Kemajuan Elis',
  columns: [
    { header: 'ID pengguna', type: 'integer', value: (l) => l.userId },
    { header: 'Nama', type: 'text', width: 32, value: (l) => l.name },
    { header: 'Nama pengguna', type: 'text', width: 20, value: (l) => l.username },
    { header: 'Peran', type: 'text', width: 22, value: (l) => roleNames[l.role] },
    { header: 'Mitra', type: 'text', width: 32, value: (l) => l.partnerName },
    { header: 'Kode wilayah', type: 'text', width: 16, value: (l) => l.regionCode },
    { header: 'Provinsi', type: 'text', value: (l) => nameAtLevel(l.path, 0) },
    { header: 'Kabupaten/kota', type: 'text', value: (l) => nameAtLevel(l.path, 1) },
    { header: 'Terdaftar (WIB)', type: 'datetime', value: (l) => l.enrolledAt },
    { header: 'Pelajaran selesai', type: 'integer', value: (l) => l.lessonsDone },
    { header: 'Kuis lulus', type: 'integer', value: (l) => l.quizzesPassed },
    { header: 'Percobaan kuis', type: 'integer', value: (l) => l.attempts },
    { header: 'Kemajuan (%)', type: 'integer', value: (l) => l.percent },
    { header: 'Aktivitas terakhir (WIB)', type: 'datetime', value: (l) => l.lastActivityAt },
    { header: 'Selesai (WIB)', type: 'datetime', value: (l) => l.completedAt },
    { header: 'Sertifikat terbit', type: 'date', value: (l) => l.certificateIssuedOn },
  ],
};

/** Every learner of the course in the region (checked against the scope before the first byte), with the region's names. */
export async function courseProgressExport(
  db: Db,
  actor: Actor,
  courseId: number,
  requestedRegion: string | undefined,
): Promise<{ stem: string; rows: RowBatches<ExportedLearner> }> {
  const { region, course, rows } = await courseLearners(db, actor, courseId, requestedRegion);
  const pathsOf = regionPathsForPages(db);
  const learners = mapPages(inPages(rows), async (page) => {
    const paths = await pathsOf(page.flatMap((l) => (l.regionCode === null ? [] : [l.regionCode])));
    return page.map((l) => ({ ...l, path: l.regionCode === null ? undefined : paths.get(l.regionCode) }));
  });
  return { stem: `kemajuan-elis-${course.id}${region.code === null ? '' : `-${region.code}`}`, rows: learners };
}
