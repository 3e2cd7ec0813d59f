import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { CourseBody, IndicatorCode } from '#domain/courses';
import { fieldIssuesOf } from '#domain/issues';
import { addressesIn, containsRawHtml, isSafeHref } from './markdown';

// A course folder (`sim-tpbis elis import DIR`), read into the body `POST /api/courses` takes.
// The format is src/demo/elis/dasar-inklusi-sosial/README.md: course.md, then NN-slug module
// folders each with module.md, NN-slug.md lessons and quiz.md; YAML front matter on each file.

/** A folder as read from disk: its files' texts by name, its sub-folders by name. */
export interface FolderTree {
  files: Map<string, string>;
  folders: Map<string, FolderTree>;
}

/** A picture a lesson shows, as `gambar/<file>` relative to its module's folder. */
export interface FolderImage {
  /** The module folder's name and the picture's file name: where to read it. */
  moduleFolder: string;
  file: string;
  /** As the lesson writes it, e.g. `gambar/foto.png`. */
  reference: string;
}

export interface ParsedCourseFolder {
  body: CourseBody;
  images: FolderImage[];
  /** Worth saying, not worth refusing (a course shorter than the demo's 4 modules and 12 lessons). */
  warnings: string[];
}

/** Every problem the folder has, each with the file it is in. */
export class CourseFolderError extends Error {
  constructor(readonly problems: string[]) {
    const shown = problems.slice(0, 30).map((p) => `  ${p}`);
    if (problems.length > shown.length) shown.push(`  … and ${problems.length - shown.length} more`);
    super(`the course folder has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${shown.join('\n')}`);
  }
}

const slugPart = '[a-z0-9]+(?:-[a-z0-9]+)*';
const moduleFolder = new RegExp(`^(\\d{2})-(${slugPart})$`);
const lessonFile = new RegExp(`^(\\d{2})-(${slugPart})\\.md$`);
const imageFolder = 'gambar';

const Text = z.string().trim().min(1);
const CourseMatter = z.strictObject({ title: Text, summary: Text, audience: Text, indicators: z.array(IndicatorCode).min(1) });
const ModuleMatter = z.strictObject({ title: Text, summary: Text, indicators: z.array(IndicatorCode).optional() });
const LessonMatter = z.strictObject({ title: Text, minutes: z.number().int().positive().optional() });
const QuizMatter = z.strictObject({ title: Text, passMark: z.number().int().min(1).max(100) });

/** Splits `---\nYAML\n---\nbody` and checks the YAML against the file's schema. */
function frontMatter<T>(text: string, schema: z.ZodType<T>, file: string, problems: string[]): { data: T; body: string } | null {
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)([\s\S]*)$/.exec(text.replace(/\r\n/g, '\n'));
  if (!match) {
    problems.push(`${file}: must start with YAML front matter between two lines "---"`);
    return null;
  }
  let yaml: unknown;
  try {
    yaml = parseYaml(match[1] ?? '', { uniqueKeys: true, strict: true });
  } catch (err) {
    problems.push(`${file}: the front matter is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
    return null;
  }
  const parsed = schema.safeParse(yaml);
  if (!parsed.success) {
    for (const issue of fieldIssuesOf(parsed.error.issues)) problems.push(`${file}: ${issue.field || 'front matter'}: ${issue.message}`);
    return null;
  }
  return { data: parsed.data, body: (match[2] ?? '').trim() };
}

/** The Markdown checks of the format: no raw HTML; links to http(s), mailto or relative places; pictures from `gambar/`. */
function checkMarkdown(
  markdown: string,
  file: string,
  moduleName: string | null,
  pictures: Set<string>,
  problems: string[],
  images: FolderImage[],
) {
  if (containsRawHtml(markdown)) problems.push(`${file}: contains raw HTML, which learners would see as text; use Markdown`);
  for (const { kind, href } of addressesIn(markdown)) {
    if (kind === 'link') {
      if (!isSafeHref(href)) problems.push(`${file}: the link "${href}" is not http(s), mailto or relative`);
      continue;
    }
    const name = href.startsWith(`${imageFolder}/`) ? href.slice(imageFolder.length + 1) : null;
    if (!moduleName || name === null || name.includes('/') || !pictures.has(name)) {
      problems.push(`${file}: the picture "${href}" must be a file in ${moduleName ?? '<module>'}/${imageFolder}/`);
    } else if (!images.some((i) => i.moduleFolder === moduleName && i.file === name)) {
      images.push({ moduleFolder: moduleName, file: name, reference: href });
    }
  }
}

interface QuizQuestion {
  prompt: string;
  explanation: string | null;
  choices: { text: string; correct: boolean }[];
}

/** The quiz grammar: intro, then `## prompt`, `- [ ]`/`- [x]` choices, an optional `> ` hint. */
function parseQuizBody(body: string, file: string, problems: string[]): { introduction: string | null; questions: QuizQuestion[] } {
  const lines = body.split('\n');
  const intro: string[] = [];
  const questions: (QuizQuestion & { hint: string[] })[] = [];
  lines.forEach((raw) => {
    const line = raw.trimEnd();
    const current = questions.at(-1);
    const heading = /^## (.+)$/.exec(line);
    if (heading) {
      questions.push({ prompt: (heading[1] ?? '').trim(), explanation: null, choices: [], hint: [] });
      return;
    }
    if (!current) {
      intro.push(raw);
      return;
    }
    const choice = /^- \[( |x|X)\] (.+)$/.exec(line);
    const hint = /^>\s?(.*)$/.exec(line);
    if (choice) current.choices.push({ text: (choice[2] ?? '').trim(), correct: choice[1] !== ' ' });
    else if (hint) current.hint.push((hint[1] ?? '').trim());
    else if (line.trim() !== '')
      problems.push(
        `${file}: question ${questions.length}: "${line.slice(0, 60)}" is neither a choice "- [ ] …", "- [x] …" nor a hint "> …"`,
      );
  });
  for (const [i, q] of questions.entries()) {
    const where = `${file}: question ${i + 1}`;
    const correct = q.choices.filter((c) => c.correct).length;
    if (q.prompt === '') problems.push(`${where}: the question has no prompt`);
    if (q.choices.length < 2) problems.push(`${where}: a question needs at least 2 choices`);
    if (correct !== 1) problems.push(`${where}: exactly one choice must be marked [x], not ${correct}`);
    q.explanation = q.hint.filter(Boolean).join(' ') || null;
  }
  if (questions.length === 0) problems.push(`${file}: has no question ("## …")`);
  const introduction = intro.join('\n').trim();
  return {
    introduction: introduction || null,
    questions: questions.map(({ prompt, explanation, choices }) => ({ prompt, explanation, choices })),
  };
}

/** Sorted entries of a folder whose names fit the pattern; any prefix used twice is a problem. */
function numbered(names: Iterable<string>, pattern: RegExp, where: string, problems: string[]) {
  const entries = [...names]
    .map((name) => ({ name, match: pattern.exec(name) }))
    .filter((e): e is { name: string; match: RegExpExecArray } => e.match !== null)
    .map((e) => ({ name: e.name, prefix: e.match[1] ?? '', slug: e.match[2] ?? '' }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const prefixes = entries.map((e) => e.prefix);
  for (const p of new Set(prefixes))
    if (prefixes.filter((x) => x === p).length > 1) problems.push(`${where}: the prefix ${p} is used twice`);
  return entries;
}

/** Reads a course folder (named `slug`) into a course body; throws CourseFolderError listing every problem. */
export function parseCourseFolder(slug: string, tree: FolderTree): ParsedCourseFolder {
  const problems: string[] = [];
  const images: FolderImage[] = [];
  if (!new RegExp(`^${slugPart}$`).test(slug)) problems.push(`${slug}: the folder's name must be lower-case words joined by dashes`);

  for (const name of tree.files.keys()) if (name !== 'course.md' && name !== 'README.md') problems.push(`${name}: unexpected file`);
  for (const name of tree.folders.keys())
    if (!moduleFolder.test(name) && name !== imageFolder) problems.push(`${name}/: unexpected folder`);
  const courseText = tree.files.get('course.md');
  if (courseText === undefined) problems.push('course.md: missing');
  const course = courseText === undefined ? null : frontMatter(courseText, CourseMatter, 'course.md', problems);
  if (course) checkMarkdown(course.body, 'course.md', null, new Set(), problems, images);

  const modules = numbered(tree.folders.keys(), moduleFolder, 'modules', problems).map(({ name, slug: moduleSlug }) => {
    const folder: FolderTree = tree.folders.get(name) ?? { files: new Map(), folders: new Map() };
    const pictures = new Set<string>(folder.folders.get(imageFolder)?.files.keys() ?? []);
    for (const sub of folder.folders.keys()) if (sub !== imageFolder) problems.push(`${name}/${sub}/: unexpected folder`);
    for (const file of folder.files.keys()) {
      if (file !== 'module.md' && file !== 'quiz.md' && !lessonFile.test(file)) problems.push(`${name}/${file}: unexpected file`);
    }
    const read = <T>(file: string, schema: z.ZodType<T>) => {
      const text = folder.files.get(file);
      if (text === undefined) {
        problems.push(`${name}/${file}: missing`);
        return null;
      }
      const parsed = frontMatter(text, schema, `${name}/${file}`, problems);
      if (parsed) checkMarkdown(parsed.body, `${name}/${file}`, name, pictures, problems, images);
      return parsed;
    };
    const meta = read('module.md', ModuleMatter);
    for (const code of meta?.data.indicators ?? []) {
      if (course && !course.data.indicators.includes(code))
        problems.push(`${name}/module.md: indicators: ${code} is not one of the course's`);
    }
    const lessons = numbered(folder.files.keys(), lessonFile, name, problems).flatMap(({ name: file, slug: lessonSlug }) => {
      const lesson = read(file, LessonMatter);
      if (lesson && lesson.body === '') problems.push(`${name}/${file}: the lesson has no text`);
      return lesson
        ? [{ slug: `${moduleSlug}/${lessonSlug}`, title: lesson.data.title, body: lesson.body, minutes: lesson.data.minutes ?? null }]
        : [];
    });
    if (lessons.length === 0 && meta) problems.push(`${name}/: has no lesson (NN-slug.md)`);
    const quizFile = read('quiz.md', QuizMatter);
    const quiz = quizFile && { ...quizFile.data, ...parseQuizBody(quizFile.body, `${name}/quiz.md`, problems) };
    return {
      slug: moduleSlug,
      title: meta?.data.title ?? name,
      summary: meta?.data.summary ?? null,
      introduction: meta?.body || null,
      indicatorCodes: meta?.data.indicators ?? [],
      lessons,
      quiz: quiz && { title: quiz.title, introduction: quiz.introduction, passMark: quiz.passMark, questions: quiz.questions },
    };
  });
  if (modules.length === 0) problems.push('the folder has no module (NN-slug/)');

  if (problems.length > 0 || !course) throw new CourseFolderError(problems);
  const parsed = CourseBody.safeParse({
    slug,
    title: course.data.title,
    summary: course.data.summary,
    audience: course.data.audience,
    introduction: course.body || null,
    indicatorCodes: course.data.indicators,
    modules,
  });
  if (!parsed.success) throw new CourseFolderError(fieldIssuesOf(parsed.error.issues).map((i) => `${i.field}: ${i.message}`));

  const lessonCount = modules.reduce((n, m) => n + m.lessons.length, 0);
  const warnings =
    modules.length < 4 || lessonCount < 12
      ? [`${modules.length} modules and ${lessonCount} lessons: the demo course asks for at least 4 and 12`]
      : [];
  return { body: parsed.data, images, warnings };
}
