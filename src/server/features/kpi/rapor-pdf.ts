import PDFDocument from 'pdfkit';
import { dateAtOffset, formatDate, formatMonth } from '#domain/calendar';
import { formatScore, type KpiColor } from '#domain/kpi/score';
import { countedTarget } from '#domain/kpi/target-display';
import type { RaporResponse } from '#domain/rapor';

// The rapor is an Indonesian document for the library's wall and the village head's desk.
const colorName: Record<KpiColor, string> = { hijau: 'HIJAU', kuning: 'KUNING', merah: 'MERAH' };
const colorHex: Record<KpiColor, string> = { hijau: '#1f7a3a', kuning: '#b7860b', merah: '#b3261e' };
const typeName = {
  desa: 'Perpustakaan desa/kelurahan',
  tbm: 'Taman Bacaan Masyarakat',
  kabkota: 'Perpustakaan kabupaten/kota',
  provinsi: 'Perpustakaan provinsi',
} as const;
const schemeName = {
  full_support: 'Dukungan penuh',
  buku_bermutu: 'Bantuan buku bermutu',
  replikasi_provinsi: 'Replikasi provinsi',
  replikasi_kabkota: 'Replikasi kabupaten/kota',
  replikasi_desa: 'Replikasi desa',
} as const;
const unitName = { activities: 'kegiatan', participants: 'peserta', months: 'bulan berkegiatan' } as const;
const locale = 'id-ID';

/** "28 September 2024". */
const tanggal = (date: string) => formatDate(date, locale, 'long');

const number = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 2 });
const score = (n: number) => formatScore(n, locale);

/**
 * The Elis courses that teach what the library is short of, at most three so the rapor stays one
 * page, each with how far the library's manager has come.
 */
function recommendedCoursesSection(doc: PDFKit.PDFDocument, rapor: RaporResponse, top: number): void {
  const courses = rapor.recommendedCourses.slice(0, 3);
  if (courses.length === 0) return;
  doc.fillColor('#000').fontSize(11).text('Kursus Elis yang disarankan', 48, top);
  doc.fontSize(9);
  for (const c of courses) {
    const progress = c.progress ? (c.progress.completedAt ? 'sudah selesai' : `sudah ${c.progress.percent}%`) : 'belum dimulai';
    const place = c.module ? ` (modul "${c.module.title}")` : '';
    doc.text(`• ${c.title}${place} — untuk ${rapor.profile.labels[c.indicatorCode] ?? c.indicatorCode}; ${progress}`, 48, doc.y + 2, {
      width: 499,
      height: 24,
      ellipsis: true,
    });
  }
  const more = rapor.recommendedCourses.length - courses.length;
  if (more > 0) doc.fillColor('#555').text(`… dan ${more} kursus lain di menu Elis.`, 48, doc.y + 2, { width: 499 });
}

/** Renders the rapor as a one-page A4 PDF. */
export function raporPdf(rapor: RaporResponse, producedAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 48, info: { Title: `Rapor KPI ${rapor.partner.name}`, Author: 'SIM TPBIS' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const { partner, result } = rapor;
  doc.fontSize(9).fillColor('#555').text('SIM TPBIS — Program Transformasi Perpustakaan Berbasis Inklusi Sosial');
  doc.moveDown(0.3).fontSize(18).fillColor('#000').text('Rapor Capaian KPI');
  doc.fontSize(14).text(partner.name);
  doc.moveDown(0.3).fontSize(10).fillColor('#333');
  doc.text(`${typeName[partner.type]} · ${schemeName[partner.scheme]} · mitra sejak ${partner.cohortYear}`);
  doc.text(`Wilayah: ${partner.regionPath.map((r) => r.name).join(' › ')} (${partner.regionCode})`);
  doc.text(`Periode: ${tanggal(rapor.from)} s.d. ${tanggal(rapor.to)} · Profil KPI ${rapor.profile.name} versi ${rapor.profile.version}`);

  // Score and colour: the colour is named in words as well, for black-and-white printers.
  const top = doc.y + 12;
  doc.roundedRect(48, top, 499, 64, 6).fill(colorHex[result.color]);
  doc
    .fillColor('#fff')
    .fontSize(30)
    .text(score(result.score), 64, top + 14, { continued: true })
    .fontSize(14)
    .text('  / 100');
  doc.fontSize(16).text(`Warna: ${colorName[result.color]}`, 300, top + 22, { width: 230, align: 'right' });
  doc
    .fillColor('#000')
    .fontSize(12)
    .text('Indikator', 48, top + 84);

  const columns = [48, 250, 320, 390, 450, 500];
  const header = ['Indikator', 'Capaian', 'Target', 'Rasio', 'Bobot', 'Poin'];
  let y = doc.y + 6;
  doc.fontSize(9).fillColor('#555');
  header.forEach((h, i) => doc.text(h, columns[i] ?? 0, y, { width: i === 0 ? 195 : 60 }));
  y += 16;
  doc.fillColor('#000');
  for (const ind of result.indicators) {
    const cells = [
      rapor.profile.labels[ind.code] ?? ind.code,
      number(ind.achieved),
      number(countedTarget(ind.target)),
      `${number(ind.ratio * 100)}%`,
      number(ind.weight),
      number(ind.points),
    ];
    cells.forEach((c, i) => doc.text(c, columns[i] ?? 0, y, { width: i === 0 ? 195 : 60 }));
    y += 20;
  }
  doc.moveTo(48, y).lineTo(547, y).strokeColor('#ccc').stroke();

  doc.fontSize(11).text('Yang masih kurang', 48, y + 12);
  doc.fontSize(10);
  const plan = rapor.gap.toGreen.length ? rapor.gap.toGreen : rapor.gap.toFull;
  const heading =
    result.color === 'hijau' ? (plan.length ? 'Untuk skor 100:' : 'Semua target tercapai. Pertahankan!') : 'Untuk mencapai hijau:';
  doc.text(heading);
  for (const g of plan) doc.text(`• ${number(g.missing)} ${unitName[g.unit]} lagi — ${rapor.profile.labels[g.code] ?? g.code}`);

  // Month-by-month history as a small bar chart with the score written on each bar.
  doc.moveDown(1).fontSize(11).text('Riwayat skor bulanan', 48);
  const chartTop = doc.y + 8;
  const chartHeight = 90;
  const barWidth = Math.min(34, 499 / Math.max(1, rapor.history.length) - 6);
  rapor.history.forEach((h, i) => {
    const x = 48 + i * (barWidth + 6);
    const height = Math.max(1, (h.score / 100) * chartHeight);
    doc.rect(x, chartTop + chartHeight - height, barWidth, height).fill(colorHex[h.color]);
    doc
      .fillColor('#000')
      .fontSize(7)
      .text(score(h.score), x, chartTop + chartHeight - height - 10, { width: barWidth, align: 'center' });
    doc.text(formatMonth(h.month, locale, 'short'), x, chartTop + chartHeight + 3, {
      width: barWidth + 4,
      align: 'center',
    });
  });

  recommendedCoursesSection(doc, rapor, chartTop + chartHeight + 24);

  doc
    .fontSize(8)
    .fillColor('#555')
    .text(
      `Dicetak dari SIM TPBIS pada ${tanggal(dateAtOffset(producedAt, 0))}. Skor dihitung dari kegiatan berstatus diajukan atau terverifikasi pada periode ini.`,
      48,
      770,
      { width: 499 },
    );
  doc.end();
  return done;
}
