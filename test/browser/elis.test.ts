import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoPassword, logIn, openPage, screenshotDir, serverAndBrowser, underServiceWorker } from './harness';

const env = serverAndBrowser();

const phone = { width: 360, height: 740 };

async function fitsThePhone(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `elis-${name}.png`), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
}

async function openMenuItem(page: Page, name: string): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name, exact: true }).click();
}

/** Calls the API as a user, the way the web app does: session cookie plus CSRF token on writes. */
async function apiSession(username: string) {
  const login = await fetch(`${env.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  if (!login.ok) throw new Error(`login as ${username}: HTTP ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${env.url}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? null : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return { get: <T>(path: string) => call<T>('GET', path), post: <T>(path: string, body: unknown = {}) => call<T>('POST', path, body) };
}

/** The demo course as its author reads it: with every id, and which choice is correct (learners never see that). */
interface Authored {
  id: number;
  title: string;
  modules: {
    id: number;
    title: string;
    lessons: { id: number; title: string }[];
    quiz: {
      title: string | null;
      passMark: number;
      questions: { id: number; prompt: string; choices: { id: number; text: string; correct: boolean }[] }[];
    } | null;
  }[];
}

interface Progress {
  lessonsDone: number[];
  quizzes: { moduleId: number; attempts: number; passed: boolean }[];
  completedAt: string | null;
}

async function demoCourse(): Promise<Authored> {
  const admin = await apiSession('pusat');
  const { items } = await admin.get<{ items: { id: number; title: string }[] }>('/api/courses');
  const course = items.find((c) => c.title === 'Dasar-dasar Perpustakaan Berbasis Inklusi Sosial');
  if (!course) throw new Error('the demo course is not published');
  return admin.get<Authored>(`/api/courses/${course.id}/authoring`);
}

type Quiz = NonNullable<Authored['modules'][number]['quiz']>;
const right = (q: Quiz['questions'][number]) => q.choices.find((c) => c.correct)?.text ?? '';
const wrong = (q: Quiz['questions'][number]) => q.choices.find((c) => !c.correct)?.text ?? '';

/** Answers each question by clicking its choice, as a learner does, in the radio group its prompt names. */
async function answer(page: Page, quiz: Quiz, pick: (q: Quiz['questions'][number], index: number) => string): Promise<void> {
  for (const [index, question] of quiz.questions.entries()) {
    const group = page.getByRole('group', { name: question.prompt });
    await group.getByRole('radio', { name: pick(question, index), exact: true }).check();
  }
}

describe('Elis on a phone', () => {
  it('takes a manager from the rapor’s recommendation through lessons and a failed then passed quiz to a certificate anyone can check', async () => {
    const course = await demoCourse();
    const [first] = course.modules;
    if (!first?.quiz) throw new Error('the demo course’s first module has no quiz');
    const firstQuiz = first.quiz;
    const { page, context } = await openPage(env.browser, env.url, phone);

    // Perpusdes Jelutung is red, its advocacy far below target; its rapor points to the course.
    await logIn(page, 'perpusdes.jelutung');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await openMenuItem(page, 'Rapor');
    await page.getByRole('heading', { name: 'Rapor Perpusdes Jelutung', level: 1 }).waitFor();
    await page.locator('.score').getByText('Merah').waitFor();
    const advocacy = page.locator('.indicator').filter({ has: page.getByRole('heading', { name: 'Kegiatan advokasi' }) });
    await advocacy.waitFor();
    expect(await advocacy.getByText('target tercapai').count()).toBe(0);
    const recommended = page.getByRole('region', { name: 'Kursus Elis yang disarankan' });
    await recommended
      .getByText(/^Membantu indikator: /)
      .first()
      .waitFor();
    await recommended.getByText('Pengelola perpustakaan belum memulai kursus ini.').waitFor();
    await fitsThePhone(page, 'rapor');
    await recommended.getByRole('link', { name: course.title }).click();

    // The course: what it is for, then enrolling, and "continue" leads to the first lesson.
    await page.getByRole('heading', { name: course.title, level: 1 }).waitFor();
    await page.getByText('Kegiatan advokasi', { exact: false }).first().waitFor();
    await fitsThePhone(page, 'course');
    await page.getByRole('button', { name: 'Ikuti kursus' }).click();
    await page.getByText(`0 dari 19 pelajaran selesai · 0 dari 6 kuis lulus`).waitFor();
    await page.getByRole('link', { name: `Lanjutkan: ${first.lessons[0]?.title}` }).click();

    // Every lesson of the first module, read and marked done, one after the other.
    for (const [index, lesson] of first.lessons.entries()) {
      await page.getByRole('heading', { name: lesson.title, level: 1 }).waitFor();
      await page.getByText(`pelajaran ${index + 1} dari ${first.lessons.length}`).waitFor();
      await page.getByRole('button', { name: 'Tandai selesai' }).click();
      await page.getByText('✓ Pelajaran ini sudah selesai.').waitFor();
      if (index === 0) await fitsThePhone(page, 'lesson');
      const next = first.lessons[index + 1];
      if (next) await page.getByRole('link', { name: `Berikutnya: ${next.title} →` }).click();
    }
    // After the module's last lesson, its quiz comes first.
    await page.getByRole('link', { name: `Kerjakan ${firstQuiz.title}` }).click();
    await page.getByRole('heading', { name: firstQuiz.title ?? '', level: 1 }).waitFor();

    // Two answers wrong out of five: 60 %, below the pass mark of 70 %, and the page says which two.
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await page.getByText('Pertanyaan 1: pilih satu jawaban.').waitFor();
    await answer(page, firstQuiz, (q, i) => (i === 0 || i === 2 ? wrong(q) : right(q)));
    await fitsThePhone(page, 'quiz');
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
    const result = page.getByRole('region', { name: 'Hasil kuis' });
    await result.getByText('Skor Anda 60% · Belum lulus').waitFor();
    await result.getByText(`Pertanyaan 1: ${firstQuiz.questions[0]?.prompt}`).waitFor();
    await result.getByText(`Pertanyaan 3: ${firstQuiz.questions[2]?.prompt}`).waitFor();
    expect(await result.getByText(`Pertanyaan 2: `).count()).toBe(0);
    // Never the right choice of a wrong question.
    const said = (await result.textContent()) ?? '';
    for (const index of [0, 2]) expect(said).not.toContain(right(firstQuiz.questions[index] as Quiz['questions'][number]));
    await fitsThePhone(page, 'quiz-failed');

    // Again, all right this time.
    await result.getByRole('button', { name: 'Ulangi kuis' }).click();
    await answer(page, firstQuiz, right);
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await result.getByText('Skor Anda 100% · Lulus').waitFor();
    await result.getByText('Semua jawaban Anda tepat.').waitFor();
    await result.getByRole('link', { name: 'Kembali ke kursus' }).click();

    await page.getByRole('heading', { name: course.title, level: 1 }).waitFor();
    await page.getByText(`4 dari 19 pelajaran selesai · 1 dari 6 kuis lulus`).waitFor();
    const firstModule = page.getByRole('region', { name: `Modul 1: ${first.title}` });
    await expect.poll(() => firstModule.locator('.elis-step--done').count()).toBe(first.lessons.length + 1);
    await firstModule.getByText('lulus · skor terbaik 100%').waitFor();
    await page.getByRole('link', { name: `Lanjutkan: ${course.modules[1]?.lessons[0]?.title}` }).waitFor();

    // The rest through the API, as the same learner, to keep the journey short.
    const learner = await apiSession('perpusdes.jelutung');
    for (const module of course.modules.slice(1)) {
      for (const lesson of module.lessons) await learner.post(`/api/courses/${course.id}/lessons/${lesson.id}/complete`);
      const answers = (module.quiz?.questions ?? []).map((q) => ({
        questionId: q.id,
        choiceId: q.choices.find((c) => c.correct)?.id ?? 0,
      }));
      await learner.post(`/api/courses/${course.id}/modules/${module.id}/quiz`, { answers });
    }

    await page.reload();
    await page.getByText('Selamat, Anda telah menyelesaikan kursus ini.').waitFor();
    const code = ((await page.locator('.elis-certificate .elis-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await fitsThePhone(page, 'complete');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Unduh sertifikat (PDF)' }).click(),
    ]);
    const pdf = join(screenshotDir, `elis-certificate-${code}.pdf`);
    await download.saveAs(pdf);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Pengelola Perpusdes Jelutung');
    expect(text).toContain(code);
    await context.close();

    // Signed out, anyone with the code sees it confirmed; a made-up code is plainly unknown.
    const stranger = await openPage(env.browser, env.url, phone);
    await stranger.page.goto(`/sertifikat/${code}`);
    const valid = stranger.page.getByRole('region', { name: 'Sertifikat sah' });
    await valid.getByText('Pengelola Perpusdes Jelutung').waitFor();
    await valid.getByText('Perpusdes Jelutung', { exact: true }).waitFor();
    await valid.getByText(course.title).waitFor();
    await valid.getByText(code).waitFor();
    // No sign-in asked for on the way.
    expect(new URL(stranger.page.url()).pathname).toBe(`/sertifikat/${code}`);
    await fitsThePhone(stranger.page, 'certificate-valid');
    await stranger.page.getByRole('textbox', { name: 'Kode sertifikat' }).fill('ZZZZ-ZZZZ-ZZZZ');
    await stranger.page.getByRole('button', { name: 'Periksa' }).click();
    await stranger.page.getByText('Kode sertifikat tidak dikenal.').waitFor();
    expect(await stranger.page.getByRole('region', { name: 'Sertifikat sah' }).count()).toBe(0);
    await fitsThePhone(stranger.page, 'certificate-unknown');
    await stranger.context.close();
  }, 240_000);

  it('reads a lesson opened once without a connection, and scores quiz answers given offline once the signal returns', async () => {
    const course = await demoCourse();
    const module = course.modules[1];
    const lesson = module?.lessons[0];
    if (!module?.quiz || !lesson) throw new Error('the demo course’s second module has no lesson or quiz');
    const quiz = module.quiz;
    const { page, context } = await openPage(env.browser, env.url, phone);

    await logIn(page, 'perpusdes.jurung');
    await underServiceWorker(page, { name: /^Selamat datang/ });
    // Opened once with a signal: the lesson (and the course it belongs to) stay on the device.
    await page.goto(`/elis/${course.id}/pelajaran/${lesson.id}`);
    await page.getByRole('heading', { name: lesson.title, level: 1 }).waitFor();
    const opening = ((await page.locator('.elis-lesson p').first().textContent()) ?? '').trim();
    expect(opening.length).toBeGreaterThan(20);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: lesson.title, level: 1 }).waitFor();
    await page.getByText(/^Tidak ada sinyal: yang tampil adalah salinan yang tersimpan di perangkat ini/).waitFor();
    await page.locator('.elis-lesson').getByText(opening).waitFor();
    await page.getByRole('button', { name: 'Tandai selesai' }).click();
    await page.getByText('✓ Ditandai selesai di perangkat ini. Tanda ini dikirim saat sinyal kembali.').waitFor();
    await fitsThePhone(page, 'offline-lesson');

    // The quiz, answered without a signal: kept, and said so plainly.
    await page.goto(`/elis/${course.id}/kuis/${module.id}`);
    await page.getByRole('heading', { name: quiz.title ?? '', level: 1 }).waitFor();
    await answer(page, quiz, right);
    await page.getByRole('button', { name: 'Kirim jawaban' }).click();
    await page.getByText('Jawaban Anda tersimpan di perangkat ini.').waitFor();
    await page.getByText(/Jawaban akan dikirim dan dinilai saat sinyal kembali/).waitFor();
    await fitsThePhone(page, 'offline-quiz');

    // The signal returns: the answers are sent and scored, and the score shows on the same page.
    await context.setOffline(false);
    const result = page.getByRole('region', { name: 'Hasil kuis' });
    await result.getByText('Skor Anda 100% · Lulus').waitFor();
    await page.getByText('Jawaban Anda tersimpan di perangkat ini.').waitFor({ state: 'detached' });

    // Counted once, the lesson too.
    const learner = await apiSession('perpusdes.jurung');
    const { progress } = await learner.get<{ progress?: Progress }>(`/api/courses/${course.id}`);
    expect(progress?.quizzes.find((q) => q.moduleId === module.id)).toMatchObject({ attempts: 1, passed: true });
    await expect
      .poll(async () => (await learner.get<{ progress?: Progress }>(`/api/courses/${course.id}`)).progress?.lessonsDone)
      .toContain(lesson.id);
    // Going back to the course shows both, with nothing left waiting on the device.
    await page.getByRole('link', { name: `← Kembali ke ${course.title}` }).click();
    await page.getByRole('heading', { name: course.title, level: 1 }).waitFor();
    const second = page.getByRole('region', { name: `Modul 2: ${module.title}` });
    await second.getByText('lulus · skor terbaik 100%').waitFor();
    expect(await page.getByText('Menunggu sinyal').count()).toBe(0);
    await context.close();
  }, 180_000);
});
