import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '#domain/permissions';
import { practiceLimits, type CreatePracticeBody } from '#domain/practices';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf, libraryWithManager } from '#test/cast';
import { fieldsOf } from '#test/errors';
import { makePractice } from '#test/factories';
import { multipartFile } from '#test/multipart';
import { pdfImagesPerPage, pdfPages } from '#test/pdf';
import { featurePractice, publishPractice, submitPractice } from './review';

// The booklet of impact stories, read back from the PDF with poppler's pdftotext and pdfimages.

let t: TestApp;
let puput: Agent;
let gambir: Agent;
let pusatActor: Actor;
let puputAuthor: { partnerId: number; authorId: number };
const ids: Record<'sewing' | 'internet' | 'gambir' | 'draft' | 'october', number> = {
  sewing: 0,
  internet: 0,
  gambir: 0,
  draft: 0,
  october: 0,
};

const photo = (background: string) =>
  sharp({ create: { width: 1200, height: 800, channels: 3, background } })
    .jpeg()
    .toBuffer();

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['pusat'], managers: ['puput', 'cendil'] });
  ({ puput } = cast.agents);
  const cendil = cast.agents.cendil;
  pusatActor = { id: cast.userIds.pusat, role: 'admin_pusat', regionCode: null };
  const gambirLibrary = await libraryWithManager(t, { name: 'Perpustakaan Gambir', regionCode: '31.71.01.1001' });
  gambir = gambirLibrary.agent;

  /** A story written by the library's manager with a photo, then published on the day given. */
  const publishedWithPhoto = async (
    agent: Agent,
    author: { partnerId: number; authorId: number },
    fields: Omit<Partial<CreatePracticeBody>, 'partnerId'>,
    publishedOn: string,
    colour: string,
  ) => {
    const { id } = await makePractice(t.db, { ...author, ...fields });
    const res = await agent.request({
      method: 'POST',
      url: `/api/practices/${id}/photos`,
      ...multipartFile(await photo(colour), { field: 'file' }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const manager: Actor = { id: author.authorId, role: 'pengelola', partnerId: author.partnerId };
    const when = new Date(`${publishedOn}T04:00:00Z`);
    await submitPractice(t.db, manager, id, when);
    await publishPractice(t.db, pusatActor, id, when);
    return id;
  };
  puputAuthor = { partnerId: cast.partners.puput.id, authorId: cast.userIds.puput };
  const cendilAuthor = { partnerId: cast.partners.cendil.id, authorId: cast.userIds.cendil };

  ids.sewing = await publishedWithPhoto(
    puput,
    puputAuthor,
    {
      title: 'Kelas menjahit ibu-ibu Puput',
      summary: 'Dua puluh ibu rumah tangga belajar menjahit di perpustakaan desa.',
      story: 'Setiap Sabtu pagi ruang baca berubah menjadi kelas menjahit. Kini kelompok ibu-ibu menerima pesanan seragam sekolah.',
      strategy: 'pelibatan_masyarakat',
      testimony: 'Sekarang saya bisa membantu ekonomi keluarga.',
      testimonyBy: 'Ibu Sari, peserta kelas',
    },
    '2024-03-01',
    '#aa5533',
  );
  await featurePractice(t.db, pusatActor, ids.sewing, true, new Date('2024-03-02T00:00:00Z'));
  ids.internet = await publishedWithPhoto(
    cendil,
    cendilAuthor,
    {
      title: 'Internet gratis di Cendil',
      summary: 'Warga Cendil mengurus layanan daring di perpustakaan.',
      story: 'Sejak perpustakaan memasang internet, warga tidak perlu lagi ke kota kecamatan untuk mengurus layanan daring.',
    },
    '2024-04-01',
    '#3366aa',
  );
  ids.october = await publishedWithPhoto(
    puput,
    puputAuthor,
    {
      title: 'Terbit bulan Oktober',
      summary: 'Kisah yang terbit setelah periode.',
      story: 'Kisah ini terbit pada bulan Oktober, setelah periode gathering.',
    },
    '2024-10-01',
    '#33aa66',
  );
  ids.gambir = (
    await makePractice(t.db, {
      partnerId: gambirLibrary.partner.id,
      authorId: gambirLibrary.managerId,
      title: 'Mendongeng di Gambir',
      status: 'published',
      now: new Date('2024-05-01T04:00:00Z'),
    })
  ).id;
  ids.draft = (await makePractice(t.db, { ...puputAuthor, title: 'Draf rahasia Puput' })).id;
});
afterAll(() => t.close());

const booklet = async (agent: Agent, query: string) => {
  const res = await agent.get(`/api/practices/booklet.pdf?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  return { pdf: res.rawPayload, pages: pdfPages(res.rawPayload), disposition: res.headers['content-disposition'] };
};

describe('the booklet of impact stories', () => {
  it('compiles a region’s stories published in the period: a cover with the contents, then one page each with its photo', async () => {
    const { pdf, pages, disposition } = await booklet(puput, 'region=19&from=2024-01-01&to=2024-09-25');
    expect(disposition).toMatch(/attachment; filename="kisah-praktik-baik-19-\d{4}-\d{2}-\d{2}\.pdf"/);
    expect(pages).toHaveLength(3);
    const [cover, first, second] = pages;
    expect(cover).toContain('Kisah Praktik Baik');
    expect(cover).toContain('Wilayah: Kepulauan Bangka Belitung');
    expect(cover).toContain('Diterbitkan 1 Januari 2024 s.d. 25 September 2024');
    expect(cover).toContain('2 kisah');
    expect(cover).toContain('1. Kelas menjahit ibu-ibu Puput — Perpusdes Puput');
    expect(cover).toContain('2. Internet gratis di Cendil — Perpusdes Cendil');

    expect(first).toContain('Kisah 1 dari 2 · Pelibatan masyarakat');
    expect(first).toContain('Kelas menjahit ibu-ibu Puput');
    expect(first).toContain('Perpusdes Puput · Puput, Parittiga, Kabupaten Bangka Barat, Kepulauan Bangka Belitung');
    expect(first).toContain('Dua puluh ibu rumah tangga belajar menjahit di perpustakaan desa.');
    expect(first).toContain('Kini kelompok ibu-ibu menerima pesanan seragam sekolah.');
    expect(first).toContain('“Sekarang saya bisa membantu ekonomi keluarga.” — Ibu Sari, peserta kelas');
    expect(second).toContain('Internet gratis di Cendil');
    expect(second).toContain('Kabupaten Belitung Timur');
    expect(second).toContain('halaman 3 dari 3');

    const everything = pages.join(' ');
    for (const absent of ['Mendongeng di Gambir', 'Draf rahasia Puput', 'Terbit bulan Oktober']) expect(everything).not.toContain(absent);
    expect(pdfImagesPerPage(pdf, 3)).toEqual([0, 1, 1]);
  });

  it('compiles the featured stories of the whole country, or the chosen ones in the order chosen', async () => {
    const featured = await booklet(gambir, 'featured=true');
    expect(featured.pages).toHaveLength(2);
    expect(featured.pages[0]).toContain('Seluruh Indonesia');
    expect(featured.pages[0]).toContain('1 kisah pilihan');
    expect(featured.pages[1]).toContain('Kelas menjahit ibu-ibu Puput');

    const chosen = await booklet(gambir, `ids=${ids.gambir},${ids.october},${ids.sewing}`);
    expect(chosen.pages.slice(1).map((p) => p.match(/Kisah (\d) dari 3/)?.[1])).toEqual(['1', '2', '3']);
    expect(chosen.pages[1]).toContain('Mendongeng di Gambir');
    expect(chosen.pages[2]).toContain('Terbit bulan Oktober');
    expect(chosen.pages[3]).toContain('Kelas menjahit ibu-ibu Puput');
    expect(pdfImagesPerPage(chosen.pdf, 4)).toEqual([0, 0, 1, 1]);
  });

  it('prints only published stories: a chosen draft is refused naming ids', async () => {
    const res = await puput.get(`/api/practices/booklet.pdf?ids=${ids.sewing},${ids.draft}`);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['ids']);
    expect((await puput.get('/api/practices/booklet.pdf?ids=3,x')).statusCode).toBe(400);
    expect((await puput.get('/api/practices/booklet.pdf?from=2024-05-01&to=2024-04-01')).statusCode).toBe(400);
    expect((await puput.get('/api/practices/booklet.pdf?region=99')).statusCode).toBe(404);
    expect((await t.anonymous().get('/api/practices/booklet.pdf')).statusCode).toBe(401);
    const empty = await booklet(puput, 'region=19&from=2025-01-01&to=2025-01-31');
    expect(empty.pages).toHaveLength(1);
    expect(empty.pages[0]).toContain('Belum ada kisah yang diterbitkan untuk pilihan ini.');
  });

  it('keeps a story at its longest on one page, and prints what the phone typed beyond the font’s letters', async () => {
    const long = (n: number, words: string) =>
      `${words} `
        .repeat(Math.ceil(n / (words.length + 1)))
        .slice(0, n)
        .trim();
    const { id } = await makePractice(t.db, {
      ...puputAuthor,
      title: 'Kisah terpanjang dari Puput 🙏',
      summary: long(practiceLimits.summary, 'ringkasan'),
      story: long(practiceLimits.story, 'ceritanya panjang sekali'),
      testimony: long(practiceLimits.testimony, 'kata warga'),
      testimonyBy: 'Bapak Başar',
      status: 'published',
    });
    const { pages } = await booklet(puput, `ids=${id}`);
    expect(pages).toHaveLength(2);
    expect(pages[1]).toContain('Kisah terpanjang dari Puput');
    expect(pages[1]).toContain('— Bapak Basar');
  });
});
