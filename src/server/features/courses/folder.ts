import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { AuthoredCourse, CourseBody } from '#domain/courses';
import type { Actor } from '#domain/permissions';
import { Transaction } from 'kysely';
import type { Db, DbOrTx } from '#server/db/database';
import { inTransaction } from '#server/db/transaction';
import { addPhoto, removePhoto } from '#server/features/photos/service';
import { createCourse, publishCourse, updateCourse, type EditOutcome } from './authoring';
import { parseCourseFolder, type FolderTree, type ParsedCourseFolder } from './folder-parse';
import { courseImages } from './images';
import { authoredCourseFor } from './queries';
import { nationalAdmin } from './progress.repository';
import { findCourseBySlug } from './repository';
import { toActor } from '#server/features/users/mapping';

// `sim-tpbis elis import DIR`, and the demo's course: a folder of Markdown loaded through the
// same services as the API. A course is found again by its folder's name (its slug), modules
// and lessons by theirs, questions by their prompt, choices by their text: a re-import keeps
// every id it can, and so the learners' progress on them.

/**
 * Reads a course folder as deep as the format goes: the course's and modules' Markdown files as
 * text, a module's `gambar/` pictures by name only; any other file or folder by name, unread.
 */
export async function readFolderTree(dir: string, depth = 0): Promise<FolderTree> {
  const tree: FolderTree = { files: new Map(), folders: new Map() };
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inside = depth === 0 && /^\d{2}-/.test(entry.name) ? await readFolderTree(path, 1) : null;
      const pictures = depth === 1 && entry.name === 'gambar' ? await namesIn(path) : null;
      tree.folders.set(entry.name, inside ?? { files: new Map((pictures ?? []).map((n) => [n, ''])), folders: new Map() });
    } else if (entry.isFile()) {
      tree.files.set(entry.name, entry.name.endsWith('.md') ? await readFile(path, 'utf8') : '');
    }
  }
  return tree;
}

async function namesIn(dir: string): Promise<string[]> {
  return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name);
}

export interface ImportReport {
  courseId: number;
  title: string;
  slug: string;
  created: boolean;
  /** False for a re-import that found nothing to change. */
  changed: boolean;
  published: boolean;
  edit: EditOutcome['tree'] | null;
  size: { modules: number; lessons: number; quizzes: number; questions: number };
  images: number;
  warnings: string[];
}

/** Gives the body the ids of the course's items it matches, so they are kept. */
export function matchIds(body: CourseBody, course: AuthoredCourse): CourseBody {
  return {
    ...body,
    modules: body.modules.map((m) => {
      const old = course.modules.find((o) => o.slug !== null && o.slug === m.slug);
      const questions = old?.quiz?.questions ?? [];
      return {
        ...m,
        ...(old ? { id: old.id } : {}),
        lessons: m.lessons.map((l) => {
          const oldLesson = course.modules.flatMap((o) => o.lessons).find((o) => o.slug !== null && o.slug === l.slug);
          return oldLesson ? { ...l, id: oldLesson.id } : l;
        }),
        quiz: m.quiz && {
          ...m.quiz,
          questions: m.quiz.questions.map((q) => {
            const oldQuestion = old ? questions.find((o) => o.prompt === q.prompt) : undefined;
            if (!oldQuestion) return q;
            return {
              ...q,
              id: oldQuestion.id,
              choices: q.choices.map((c) => {
                const oldChoice = oldQuestion.choices.find((o) => o.text === c.text);
                return oldChoice ? { ...c, id: oldChoice.id } : c;
              }),
            };
          }),
        },
      };
    }),
  };
}

/** Where each picture went: the lesson's `gambar/x.png` becomes the course's upload URL. */
function withImageUrls(body: CourseBody, urls: Map<string, string>): CourseBody {
  const swap = (markdown: string, moduleSlug: string | null | undefined) =>
    markdown.replace(/\]\((gambar\/[^)\s]+)\)/g, (whole, ref: string) => {
      const url = urls.get(`${moduleSlug ?? ''}|${ref}`);
      return url ? `](${url})` : whole;
    });
  return {
    ...body,
    modules: body.modules.map((m) => ({ ...m, lessons: m.lessons.map((l) => ({ ...l, body: swap(l.body, m.slug) })) })),
  };
}

const sizeOf = (course: AuthoredCourse) => ({
  modules: course.modules.length,
  lessons: course.modules.reduce((n, m) => n + m.lessons.length, 0),
  quizzes: course.modules.filter((m) => m.quiz).length,
  questions: course.modules.reduce((n, m) => n + (m.quiz?.questions.length ?? 0), 0),
});

/**
 * Loads the course folder: creates the course, or brings the one with the folder's slug up to
 * date; uploads its pictures through the photo checks; publishes it when asked. Without pictures
 * it all happens in one transaction (the demo imports inside its own); pictures need `uploadDir`
 * and a database rather than a transaction, as every upload commits its own file.
 */
export async function importCourseFolder(
  db: DbOrTx,
  actor: Actor,
  dir: string,
  options: { publish: boolean; now: Date; uploadDir?: string },
): Promise<ImportReport> {
  const folder = resolve(dir);
  const slug = basename(folder);
  const parsed = parseCourseFolder(slug, await readFolderTree(folder));
  if (parsed.images.length > 0 && (db instanceof Transaction || !options.uploadDir)) {
    throw new ImportRefused(`${parsed.images.length} pictures: importing pictures needs the upload folder, outside a transaction`);
  }
  if (parsed.images.length === 0) return inTransaction(db, (tx) => importBody(tx, actor, parsed, options));
  return importWithImages(db, actor, folder, parsed, { ...options, uploadDir: options.uploadDir ?? '' });
}

async function importBody(
  db: DbOrTx,
  actor: Actor,
  parsed: ParsedCourseFolder,
  options: { publish: boolean; now: Date },
): Promise<ImportReport> {
  const slug = parsed.body.slug ?? '';
  const existing = await findCourseBySlug(db, slug);
  let courseId: number;
  let edit: EditOutcome | null = null;
  if (existing) {
    courseId = existing.id;
    edit = await updateCourse(db, actor, courseId, matchIds(parsed.body, await authoredCourseFor(db, courseId)), options.now);
  } else {
    courseId = await createCourse(db, actor, parsed.body, options.now);
  }
  let published = false;
  if (options.publish && (await authoredCourseFor(db, courseId)).status === 'draft') {
    await publishCourse(db, actor, courseId, options.now);
    published = true;
  }
  const course = await authoredCourseFor(db, courseId);
  return {
    courseId,
    title: course.title,
    slug,
    created: !existing,
    changed: !existing || (edit?.changed ?? false) || published,
    published,
    edit: edit?.tree ?? null,
    size: sizeOf(course),
    images: course.images.length,
    warnings: parsed.warnings,
  };
}

async function importWithImages(
  db: Db,
  actor: Actor,
  folder: string,
  parsed: ParsedCourseFolder,
  options: { publish: boolean; now: Date; uploadDir: string },
): Promise<ImportReport> {
  // First the text (a new course is created as a draft, so nobody sees its pictures missing), then the pictures.
  const first = await importBody(db, actor, parsed, { ...options, publish: false });
  const before = await authoredCourseFor(db, first.courseId);
  const urls = new Map<string, string>();
  for (const image of parsed.images) {
    const moduleSlug = /^\d{2}-(.+)$/.exec(image.moduleFolder)?.[1] ?? image.moduleFolder;
    const read = () => readFile(join(folder, image.moduleFolder, 'gambar', image.file));
    const photo = await addPhoto(db, courseImages, actor, first.courseId, read, options.now, options.uploadDir);
    urls.set(`${moduleSlug}|${image.reference}`, photo.url);
  }
  const report = await importBody(db, actor, { ...parsed, body: withImageUrls(parsed.body, urls) }, options);
  // The pictures an earlier import uploaded, which no lesson shows any more, go.
  const shown = new Set(urls.values());
  for (const old of before.images) {
    if (!shown.has(old.url)) await removePhoto(db, courseImages, actor, first.courseId, old.id, options.now, options.uploadDir);
  }
  return { ...report, created: first.created, changed: true, images: urls.size };
}

/** An import that cannot start, for a reason outside the folder. */
export class ImportRefused extends Error {}

/** Whom the CLI's import acts as: the national admin named, or the first one; courses are theirs to write. */
export async function importingAuthor(db: DbOrTx, username: string | null): Promise<Actor> {
  const row = await nationalAdmin(db, username);
  if (!row) {
    throw new ImportRefused(
      username === null
        ? 'no national admin (admin_pusat) exists yet: start once with SIM_ADMIN_USERNAME and SIM_ADMIN_PASSWORD, or with the demo'
        : `${username} is not an active national admin (admin_pusat)`,
    );
  }
  return toActor(row);
}
