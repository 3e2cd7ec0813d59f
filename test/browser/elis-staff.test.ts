import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { demoPassword, logIn, openPage, screenshotDir, serverAndBrowser } from './harness';

const env = serverAndBrowser();
const phone = { width: 360, height: 740 };
const demoCourse = 'Dasar-dasar Perpustakaan Berbasis Inklusi Sosial';

/** Nothing may stick out sideways on a phone. */
async function fitsThePhone(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `360-elis-staff-${name}.png`), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
}

/** Calls the API as a user, the way the web app does: session cookie plus CSRF token on writes. */
async function apiSession(baseUrl: string, username: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  if (!login.ok) throw new Error(`login as ${username}: HTTP ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return {
    get: async <T>(path: string): Promise<T> => {
      const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
      if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
  };
}

interface Listed {
  items: { id: number; title: string; status: string }[];
}

interface Authored {
  modules: { lessons: { title: string; body: string }[]; quiz: { questions: { prompt: string }[] } | null }[];
}

interface Progress {
  totals: { enrolled: number; inProgress: number; completed: number };
  regions: { regionCode: string; name: string; enrolled: number }[];
  learners: { name: string; certificateIssuedOn: string | null }[];
  total: number;
}

const lessonPicture = () =>
  sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 200, g: 90, b: 120 } } })
    .jpeg()
    .toBuffer();

/** The count a progress page shows under a label ("Terdaftar" → 36). */
const countShown = (page: Page, label: string) =>
  page
    .locator('.course-counts__card', { has: page.locator('dt', { hasText: label }) })
    .first()
    .locator('dd')
    .textContent();

describe('Elis for staff, on a 360 px phone', () => {
  it('lets the national office write a course, catch an empty question, add a picture, reorder, preview, publish and unpublish it', async () => {
    const { page } = await openPage(env.browser, env.url, phone);
    await logIn(page, 'pusat');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Kelola Elis' }).click();
    await page.getByRole('heading', { name: 'Kelola Elis' }).waitFor();
    await page.getByRole('link', { name: demoCourse, exact: true }).waitFor();
    await fitsThePhone(page, 'list');

    await page.getByRole('link', { name: 'Kursus baru' }).click();
    await page.getByRole('heading', { name: 'Kursus baru' }).waitFor();
    const about = page.getByRole('region', { name: 'Tentang kursus' });
    await about.getByLabel('Judul').fill('Mendengar suara perempuan desa');
    await about.getByLabel('Ringkasan').fill('Cara mengajak perempuan desa datang, membaca dan berkegiatan di perpustakaan.');
    await about.getByRole('checkbox', { name: 'Kegiatan pelibatan masyarakat', exact: true }).check();
    await page.locator('#course-modules-0-title').fill('Membuka ruang bagi perempuan');
    await page.locator('#course-modules-0-lessons-0-title').fill('Mengapa perempuan jarang datang');
    await page
      .locator('#course-modules-0-lessons-0-body')
      .fill('Banyak perempuan desa bekerja di kebun pada pagi hari.\n\n- Tanyakan jam yang cocok');
    await page.getByRole('button', { name: 'Tambah pelajaran Modul 1' }).click();
    await page.locator('#course-modules-0-lessons-1-title').fill('Kelas menjahit sambil membaca');
    await page.locator('#course-modules-0-lessons-1-body').fill('Kelas keterampilan membuat perpustakaan ramai.');
    await page.getByRole('button', { name: 'Tambah kuis Modul 1' }).click();
    await page.getByLabel('Pilihan 1', { exact: true }).fill('Pada jam kerja kebun');
    await page.getByLabel('Pilihan 2', { exact: true }).fill('Pada jam yang disepakati bersama');
    await page.getByRole('radio', { name: 'Jawaban benar (pilihan 2)' }).check();
    await fitsThePhone(page, 'new');

    // The question's prompt is still empty: the save names that field, in Indonesian, beside its input.
    await page.getByRole('button', { name: 'Simpan kursus' }).click();
    await page.getByRole('alert').getByText('Modul 1 › Kuis › Soal 1 › Pertanyaan: Wajib diisi.').waitFor();
    const prompt = page.locator('#course-modules-0-quiz-questions-0-prompt');
    expect(await prompt.getAttribute('aria-invalid')).toBe('true');
    await prompt.fill('Kapan kegiatan untuk perempuan sebaiknya diadakan?');
    await page.getByRole('button', { name: 'Simpan kursus' }).click();
    await page.getByText('Kursus tersimpan sebagai draf.').waitFor();
    const courseId = Number(/\/elis\/kelola\/(\d+)$/.exec(page.url())?.[1]);
    expect(courseId).toBeGreaterThan(0);

    // A picture in the second lesson, through the photo checks, written into its Markdown.
    await page.getByText('Pelajaran 2: Kelas menjahit sambil membaca').click();
    await page.locator('#course-modules-0-lessons-1-alt').fill('Ibu-ibu menjahit di ruang baca');
    await page
      .getByLabel('Unggah dan sisipkan gambar')
      .setInputFiles({ name: 'menjahit.jpg', mimeType: 'image/jpeg', buffer: await lessonPicture() });
    await page.getByText('Gambar terunggah dan disisipkan ke isi pelajaran.').waitFor();
    await expect
      .poll(() => page.locator('#course-modules-0-lessons-1-body').inputValue())
      .toMatch(new RegExp(`!\\[Ibu-ibu menjahit di ruang baca\\]\\(/api/courses/${courseId}/images/\\d+\\)`));
    await page.getByRole('button', { name: 'Simpan kursus' }).click();
    await page.getByText('Perubahan tersimpan.').waitFor();
    await page.getByRole('button', { name: 'Pratinjau pelajaran' }).click();
    const picture = page.locator('.course-lesson__preview img[alt="Ibu-ibu menjahit di ruang baca"]');
    await picture.waitFor();
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    // The second lesson goes first.
    await page.getByRole('button', { name: 'Turunkan Mengapa perempuan jarang datang' }).click();
    await page.getByRole('button', { name: 'Simpan kursus' }).click();
    await page.getByText('Perubahan tersimpan.').waitFor();
    const pusat = await apiSession(env.url, 'pusat');
    await expect
      .poll(async () => (await pusat.get<Authored>(`/api/courses/${courseId}/authoring`)).modules[0]?.lessons.map((l) => l.title))
      .toEqual(['Kelas menjahit sambil membaca', 'Mengapa perempuan jarang datang']);
    await page.getByText('Pelajaran 1: Kelas menjahit sambil membaca').waitFor();
    await fitsThePhone(page, 'edit');

    // As a learner sees it: the choices, none of them marked.
    await page.getByRole('link', { name: 'Pratinjau sebagai peserta' }).click();
    await page.getByRole('heading', { name: 'Pratinjau sebagai peserta' }).waitFor();
    await page.getByRole('heading', { name: 'Mendengar suara perempuan desa' }).waitFor();
    const choices = page.getByRole('radio');
    await expect.poll(() => choices.count()).toBe(2);
    for (const choice of await choices.all()) expect(await choice.isChecked()).toBe(false);
    expect(await page.locator('main').textContent()).not.toContain('Jawaban benar');
    await page.getByText('Pelajaran 1: Kelas menjahit sambil membaca').click();
    await page.locator('.lesson-html img[alt="Ibu-ibu menjahit di ruang baca"]').waitFor();
    await fitsThePhone(page, 'preview');

    // Published, after a confirmation; a library manager then finds it among the courses.
    await page.getByRole('link', { name: '← Kembali ke kursus' }).click();
    await page.getByRole('button', { name: 'Terbitkan' }).click();
    await page.getByRole('button', { name: 'Ya, terbitkan' }).click();
    await page.getByText('Kursus sudah terbit.').waitFor();
    await page.getByText(/Kursus ini sudah terbit: perubahan yang Anda simpan langsung terlihat/).waitFor();
    const puput = await apiSession(env.url, 'puput');
    const titles = async () => (await puput.get<Listed>('/api/courses')).items.map((c) => c.title);
    await expect.poll(titles).toContain('Mendengar suara perempuan desa');

    await page.getByRole('button', { name: 'Tarik dari terbitan' }).click();
    await page.getByRole('button', { name: 'Ya, tarik' }).click();
    await page.getByText('Kursus ditarik dari terbitan dan kembali menjadi draf.').waitFor();
    await expect.poll(titles).not.toContain('Mendengar suara perempuan desa');
  }, 120_000);

  it('shows a facilitator the demo course’s learners in her province, with the counts the API gives', async () => {
    const runi = await apiSession(env.url, 'runi');
    const course = (await runi.get<Listed>('/api/courses')).items.find((c) => c.title === demoCourse);
    if (!course) throw new Error('the demo course is missing');
    const report = await runi.get<Progress>(`/api/courses/${course.id}/progress?pageSize=500`);
    expect(report.total).toBeGreaterThan(0);

    const { page } = await openPage(env.browser, env.url, phone);
    await logIn(page, 'runi');
    await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Kemajuan Elis' }).click();
    await page.getByRole('heading', { name: 'Kemajuan Elis' }).waitFor();
    await page.getByText('Wilayah: Kepulauan Bangka Belitung').waitFor();
    await fitsThePhone(page, 'overview');

    await page.getByRole('link', { name: `Lihat kemajuan peserta ${demoCourse}` }).click();
    await page.getByRole('heading', { name: `Kemajuan: ${demoCourse}` }).waitFor();
    await expect.poll(() => countShown(page, 'Terdaftar')).toBe(String(report.totals.enrolled));
    expect(await countShown(page, 'Selesai')).toBe(String(report.totals.completed));
    expect(await countShown(page, 'Sedang belajar')).toBe(String(report.totals.inProgress));
    await page.getByText(`${report.total} peserta`, { exact: true }).waitFor();
    const cards = page.locator('.course-learner');
    await expect.poll(() => cards.count()).toBe(Math.min(report.total, 50));
    // Puput finished the course in the demo: her card says so, with the certificate's date.
    const puput = cards.filter({ has: page.getByRole('heading', { name: 'Pengelola Perpusdes Puput' }) });
    await puput.getByText(/Sertifikat terbit/).waitFor();
    await expect.poll(() => page.locator('.course-regions__item').count()).toBe(report.regions.length);
    await fitsThePhone(page, 'progress');

    // One step down: a regency's learners only.
    const first = report.regions[0];
    if (!first) throw new Error('no region has learners');
    await page.getByRole('link', { name: first.name, exact: true }).click();
    await page.getByText(`Wilayah: ${first.name}`).waitFor();
    await expect.poll(() => countShown(page, 'Terdaftar')).toBe(String(first.enrolled));
    await expect.poll(() => cards.count()).toBe(Math.min(first.enrolled, 50));
  }, 90_000);
});
