import type { Config } from '#server/config';
import { connect } from '#server/db/connect';
import { migrateToLatest } from '#server/db/migrate';
import { CourseFolderError } from '#server/features/courses/folder-parse';
import { ImportRefused, importCourseFolder, importingAuthor, type ImportReport } from '#server/features/courses/folder';
import { ensureDefaultProfile } from '#server/features/kpi/profiles';

/** What an import did, in a few lines for the terminal. */
export function describeImport(r: ImportReport): string[] {
  const size = `${r.size.modules} modules, ${r.size.lessons} lessons, ${r.size.quizzes} quizzes of ${r.size.questions} questions`;
  const lines = [
    r.created
      ? `created course ${r.courseId} "${r.title}" (${r.slug}): ${size}`
      : r.changed
        ? `updated course ${r.courseId} "${r.title}" (${r.slug}): ${size}`
        : `course ${r.courseId} "${r.title}" (${r.slug}) is already as the folder says: nothing changed`,
  ];
  if (r.edit && r.changed) {
    const part = (name: string, c: { kept: number; added: number; removed: number }) =>
      `${name} ${c.kept} kept, ${c.added} added, ${c.removed} removed`;
    lines.push(`  ${part('modules', r.edit.modules)}; ${part('lessons', r.edit.lessons)}; ${part('questions', r.edit.questions)}`);
    lines.push('  learners keep their progress on every lesson and quiz that was kept');
  }
  if (r.images > 0) lines.push(`  ${r.images} pictures uploaded`);
  if (r.published) lines.push('  published: every signed-in user can now enrol');
  for (const w of r.warnings) lines.push(`  note: ${w}`);
  return lines;
}

/** `sim-tpbis elis import DIR [--publish] [--as USERNAME]`. */
export async function elisCommand(config: Config, args: { action?: string; dir?: string; publish: boolean; as?: string }): Promise<number> {
  if (args.action !== 'import' || !args.dir) {
    console.error('usage: sim-tpbis elis import DIR [--publish] [--as USERNAME]');
    return 2;
  }
  const connection = connect(config);
  try {
    await migrateToLatest(connection.db);
    await ensureDefaultProfile(connection.db, new Date());
    const author = await importingAuthor(connection.db, args.as ?? null);
    const report = await importCourseFolder(connection.db, author, args.dir, {
      publish: args.publish,
      now: new Date(),
      uploadDir: config.uploadDir,
    });
    for (const line of describeImport(report)) console.log(line);
    return 0;
  } catch (err) {
    if (err instanceof CourseFolderError || err instanceof ImportRefused) {
      console.error(err.message);
      return 1;
    }
    throw err;
  } finally {
    await connection.close();
  }
}
