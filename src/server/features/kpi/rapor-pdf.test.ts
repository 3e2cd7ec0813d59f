import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { scorePartner } from '#domain/kpi/score';
import { tpbis2024Profile } from '#domain/kpi/tpbis2024';
import type { RaporResponse } from '#domain/rapor';
import { pdfPages } from '#test/pdf';
import { raporPdf } from './rapor-pdf';

/** The strings PDFKit drew, one per `TJ` operator (a line or a cell), from the deflated page streams. */
function textsOf(pdf: Buffer): string[] {
  const texts: string[] = [];
  for (const stream of pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(stream[1] ?? '', 'latin1')).toString('latin1');
    } catch {
      continue; // a font or an image, not a page
    }
    for (const operator of content.matchAll(/\[([^\]]*)\] TJ/g)) {
      const hex = [...(operator[1] ?? '').matchAll(/<([0-9a-f]*)>/g)].map((part) => part[1] ?? '').join('');
      texts.push(Buffer.from(hex, 'hex').toString('latin1'));
    }
  }
  return texts;
}

const january = { from: '2024-01-01', to: '2024-01-31' };
// Four pelibatan activities where 4.07 were due: 99.27, short of full marks.
const result = scorePartner(tpbis2024Profile, 'desa', january, {
  counts: { pelibatan_masyarakat: 4, advokasi: 2, layanan_informasi: 1 },
  participants: { pelibatan_masyarakat: 62 },
  activeMonths: ['2024-01'],
});

const rapor: RaporResponse = {
  partner: {
    id: 7,
    name: 'Perpusdes Puput',
    type: 'desa',
    scheme: 'full_support',
    regionCode: '19.05.06.2001',
    regionPath: [{ code: '19', name: 'Kepulauan Bangka Belitung' }],
    cohortYear: 2019,
  },
  ...january,
  profile: {
    id: 1,
    version: 1,
    thresholds: tpbis2024Profile.thresholds,
    name: tpbis2024Profile.name,
    labels: Object.fromEntries(tpbis2024Profile.indicators.map((i) => [i.code, i.label])),
  },
  result,
  gap: { toGreen: [], toFull: [{ code: 'pelibatan', unit: 'activities', missing: 1 }] },
  history: [
    { month: '2023-11', score: 99.55, color: 'hijau' },
    { month: '2023-12', score: 89.55, color: 'hijau' },
    // An exact score that rounds to 100 at 2 decimals: still not full marks.
    { month: '2024-01', score: 99.996, color: 'hijau' },
  ],
  recommendedCourses: [],
};

describe('the rapor PDF', () => {
  it('writes every score as the API has it, in Indonesian, never rounding up to 100', async () => {
    const texts = textsOf(await raporPdf(rapor, new Date('2024-02-03T04:00:00Z')));
    expect(result.score).toBe(99.27);
    expect(texts).toContain('99,27');
    // The history bars: today's chart said 100 and 90 here.
    expect(texts).toEqual(expect.arrayContaining(['99,55', '89,55', '99,99']));
    expect(texts).not.toContain('100');
    expect(texts).not.toContain('90');
  });

  it('names months and days with the calendar', async () => {
    const texts = textsOf(await raporPdf(rapor, new Date('2024-02-03T04:00:00Z')));
    expect(texts).toEqual(expect.arrayContaining(['Nov 23', 'Des 23', 'Jan 24']));
    expect(texts.some((t) => t.startsWith('Periode: 1 Januari 2024 s.d. 31 Januari 2024'))).toBe(true);
    expect(texts.join(' ')).toContain('pada 3 Februari 2024.');
  });
});

describe('Elis courses in the rapor PDF', () => {
  it('names the recommended courses, the indicator each serves and how far the manager has come, on the one page', async () => {
    const recommended: RaporResponse = {
      ...rapor,
      recommendedCourses: [
        {
          id: 1,
          title: 'Dasar-dasar Perpustakaan Berbasis Inklusi Sosial',
          indicatorCode: 'advokasi',
          module: { id: 4, title: 'Advokasi' },
        },
        {
          id: 2,
          title: 'Kursus layanan',
          indicatorCode: 'layanan',
          module: null,
          progress: { enrolledAt: '2024-01-05T01:00:00Z', percent: 40, completedAt: null },
        },
      ],
    };
    const pdf = await raporPdf(recommended, new Date('2024-02-03T04:00:00Z'));
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(1);
    const text = pages[0] ?? '';
    expect(text).toContain('Kursus Elis yang disarankan');
    expect(text).toContain('Dasar-dasar Perpustakaan Berbasis Inklusi Sosial (modul "Advokasi") — untuk Kegiatan advokasi; belum dimulai');
    expect(text).toContain('Kursus layanan — untuk Kegiatan peningkatan layanan informasi; sudah 40%');
  });

  it('leaves the section out when nothing is recommended', async () => {
    expect(textsOf(await raporPdf(rapor, new Date('2024-02-03T04:00:00Z'))).join(' ')).not.toContain('Kursus Elis');
  });
});

describe('targets in the rapor PDF', () => {
  it('are whole activities, participants and months, rounded up to what reaches them', async () => {
    const pelibatan = result.indicators.find((i) => i.code === 'pelibatan');
    expect(pelibatan?.target).toBe(4.07);
    const texts = textsOf(await raporPdf(rapor, new Date('2024-02-03T04:00:00Z')));
    expect(texts).not.toContain('4,07');
    const targetCells = result.indicators.map((i) => String(Math.ceil(i.target)));
    expect(texts).toEqual(expect.arrayContaining(targetCells));
    expect(result.indicators.filter((i) => !Number.isInteger(i.target)).length).toBeGreaterThan(0);
    for (const fractional of result.indicators.filter((i) => !Number.isInteger(i.target)))
      expect(texts).not.toContain(String(fractional.target).replace('.', ','));
  });
});
