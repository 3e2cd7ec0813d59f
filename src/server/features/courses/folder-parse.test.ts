import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CourseFolderError, parseCourseFolder, type FolderTree } from './folder-parse';
import { readFolderTree } from './folder';

const demoFolder = fileURLToPath(new URL('../../../demo/elis/dasar-inklusi-sosial', import.meta.url));

const tree = (files: Record<string, string>, folders: Record<string, FolderTree> = {}): FolderTree => ({
  files: new Map(Object.entries(files)),
  folders: new Map(Object.entries(folders)),
});
const course = `---
title: "Kursus: uji"
summary: "Ringkas."
audience: "pengelola"
indicators:
  - advokasi
---
Pengantar.`;
const moduleMd = `---
title: "Modul satu"
summary: "Ringkas modul."
indicators:
  - advokasi
---
`;
const lesson = (title = 'Pelajaran', body = 'Isi **pelajaran**.') => `---\ntitle: "${title}"\nminutes: 3\n---\n${body}\n`;
const quiz = (body: string) => `---\ntitle: "Kuis"\npassMark: 70\n---\nPilih satu.\n\n${body}`;
const goodQuiz = quiz('## Apa?\n\n- [ ] salah\n- [x] benar\n\n> Baca lagi "Pelajaran".\n');
const oneModule = (files: Record<string, string>, folders: Record<string, FolderTree> = {}) =>
  tree(
    { 'course.md': course },
    { '01-satu': tree({ 'module.md': moduleMd, '01-pertama.md': lesson(), 'quiz.md': goodQuiz, ...files }, folders) },
  );

const problemsOf = (slug: string, t: FolderTree): string[] => {
  try {
    parseCourseFolder(slug, t);
    return [];
  } catch (err) {
    if (err instanceof CourseFolderError) return err.problems;
    throw err;
  }
};

describe('the demo course folder', () => {
  it('reads into 6 modules, 19 lessons and 6 quizzes of 5 questions, every hint kept', async () => {
    const parsed = parseCourseFolder('dasar-inklusi-sosial', await readFolderTree(demoFolder));
    const { body } = parsed;
    expect(body.title).toBe('Dasar-dasar Perpustakaan Berbasis Inklusi Sosial');
    expect(body.audience).toBe('pengelola perpustakaan desa dan TBM');
    expect(body.indicatorCodes).toEqual(['pelibatan', 'peserta', 'advokasi', 'layanan', 'keteraturan']);
    expect(body.modules.map((m) => m.slug)).toEqual([
      'mengenal-tpbis',
      'layanan-informasi',
      'pelibatan-masyarakat',
      'advokasi',
      'inklusi-untuk-semua',
      'melapor-dan-berbagi',
    ]);
    expect(body.modules.reduce((n, m) => n + m.lessons.length, 0)).toBe(19);
    expect(body.modules.every((m) => m.quiz?.passMark === 70 && m.quiz.questions.length === 5)).toBe(true);
    const questions = body.modules.flatMap((m) => m.quiz?.questions ?? []);
    expect(questions.every((q) => q.choices.filter((c) => c.correct).length === 1 && q.explanation)).toBe(true);
    expect(body.modules[3]?.indicatorCodes).toEqual(['advokasi']);
    expect(body.modules[1]?.lessons[0]?.slug).toBe('layanan-informasi/kebutuhan-informasi-warga');
    expect(body.modules[1]?.lessons[0]?.minutes).toBeGreaterThan(0);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.images).toEqual([]);
  });
});

describe('a course folder with problems', () => {
  it('reads a small good one, with a warning that it is shorter than the demo course', () => {
    const parsed = parseCourseFolder('uji', oneModule({}));
    expect(parsed.body.modules[0]?.quiz?.questions).toEqual([
      {
        prompt: 'Apa?',
        explanation: 'Baca lagi "Pelajaran".',
        choices: [
          { text: 'salah', correct: false },
          { text: 'benar', correct: true },
        ],
      },
    ]);
    expect(parsed.warnings).toHaveLength(1);
  });

  it('names every problem with its file', () => {
    const problems = problemsOf(
      'Uji Salah',
      tree(
        { 'course.md': course.replace('audience: "pengelola"\n', 'audiens: "salah ketik"\n'), 'catatan.txt': '' },
        {
          '01-satu': tree({
            'module.md': moduleMd,
            '01-pertama.md': lesson('Pelajaran', 'Halo <b>tebal</b> [x](javascript:alert(1)) ![f](https://evil.example/x.png)'),
            '01-kedua.md': lesson(),
            'quiz.md': quiz(
              '## Dua benar?\n\n- [x] a\n- [x] b\n\n## Satu pilihan?\n\n- [x] a\n\n## Baris aneh?\n\n- [ ] a\n- [x] b\nteks lepas\n',
            ),
          }),
          '02-dua': tree({ 'module.md': moduleMd.replace('  - advokasi', '  - layanan') }),
          gambar: tree({}),
          lain: tree({}),
        },
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Uji Salah: the folder'),
        'catatan.txt: unexpected file',
        'lain/: unexpected folder',
        expect.stringMatching(/^course\.md: .*audiens/),
        '01-satu: the prefix 01 is used twice',
        '01-satu/01-pertama.md: contains raw HTML, which learners would see as text; use Markdown',
        '01-satu/01-pertama.md: the link "javascript:alert(1)" is not http(s), mailto or relative',
        expect.stringContaining('01-satu/01-pertama.md: the picture "https://evil.example/x.png"'),
        '01-satu/quiz.md: question 1: exactly one choice must be marked [x], not 2',
        '01-satu/quiz.md: question 2: a question needs at least 2 choices',
        expect.stringContaining('01-satu/quiz.md: question 3: "teks lepas"'),
        '02-dua/quiz.md: missing',
        '02-dua/: has no lesson (NN-slug.md)',
      ]),
    );
  });

  it('refuses a module indicator the course does not name', () => {
    const folder = oneModule({});
    folder.folders.set(
      '02-dua',
      tree({ 'module.md': moduleMd.replace('  - advokasi', '  - layanan'), '01-a.md': lesson(), 'quiz.md': goodQuiz }),
    );
    expect(problemsOf('uji', folder)).toEqual(["02-dua/module.md: indicators: layanan is not one of the course's"]);
  });

  it('takes pictures only from the module’s gambar/ folder', () => {
    const withPicture = lesson('Bergambar', '![Rak buku](gambar/rak.png)');
    const parsed = parseCourseFolder('uji', oneModule({ '02-gambar.md': withPicture }, { gambar: tree({ 'rak.png': '' }) }));
    expect(parsed.images).toEqual([{ moduleFolder: '01-satu', file: 'rak.png', reference: 'gambar/rak.png' }]);
    expect(problemsOf('uji', oneModule({ '02-gambar.md': withPicture }))).toEqual([
      '01-satu/02-gambar.md: the picture "gambar/rak.png" must be a file in 01-satu/gambar/',
    ]);
  });

  it('refuses front matter that is missing or not YAML', () => {
    expect(problemsOf('uji', oneModule({ '02-polos.md': 'tanpa front matter' }))).toEqual([
      '01-satu/02-polos.md: must start with YAML front matter between two lines "---"',
    ]);
    expect(problemsOf('uji', oneModule({ '02-rusak.md': '---\ntitle: "a\nminutes: [\n---\nisi' }))[0]).toMatch(/not valid YAML/);
  });
});
