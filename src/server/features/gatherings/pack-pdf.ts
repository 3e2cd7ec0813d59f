import PDFDocument from 'pdfkit';
import { dayNumber, formatDate } from '#domain/calendar';
import { formatScore, type KpiColor } from '#domain/kpi/score';
import type { ProblemCategory, ProblemStatus } from '#domain/problems';
import type { RegionLevel } from '#domain/regions';
import { partnerSchemes, type PartnerScheme, type Strategy } from '#domain/taxonomy';
import { printable } from '#server/features/practices/printable';
import type { GatheringPack, PackProblem, PackStory } from './pack';

// The gathering pack (*bahan gathering*), in Indonesian, in the rapor's and the booklet's manner:
// A4, built-in Helvetica, the programme's name on top, a footer on every page. The cover with the
// region's figures, then the colours per child region and the champions, the stories shared and
// the problems worked on.

const locale = 'id-ID';
const tanggal = (date: string) => formatDate(date, locale, 'long');
const number = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 2 });
const score = (n: number) => formatScore(n, locale);

// A calendar day's weekday, as midnight UTC in UTC, so no zone can shift it: "Sabtu".
const weekday = (date: string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(dayNumber(date) * 86_400_000));

const strategyName: Record<Strategy, string> = {
  pelibatan_masyarakat: 'Pelibatan masyarakat',
  advokasi: 'Advokasi untuk sinergi, kolaborasi dan dukungan',
  layanan_informasi: 'Peningkatan layanan informasi',
};
/** The order the source document reports them in. */
const strategyOrder: Strategy[] = ['pelibatan_masyarakat', 'advokasi', 'layanan_informasi'];
const schemeName: Record<PartnerScheme, string> = {
  full_support: 'Dukungan penuh',
  buku_bermutu: 'Bantuan buku bermutu',
  replikasi_provinsi: 'Replikasi mandiri provinsi',
  replikasi_kabkota: 'Replikasi mandiri kabupaten/kota',
  replikasi_desa: 'Replikasi mandiri desa',
};
const childLevelName: Record<RegionLevel, string> = {
  provinsi: 'provinsi',
  kabkota: 'kabupaten/kota',
  kecamatan: 'kecamatan',
  desa: 'desa/kelurahan',
};
const categoryName: Record<ProblemCategory, string> = {
  sdm: 'Sumber daya manusia',
  anggaran: 'Anggaran',
  koleksi: 'Koleksi',
  sarana_tik: 'Sarana TIK',
  dukungan_pemda: 'Dukungan pemerintah daerah',
  partisipasi: 'Partisipasi masyarakat',
  pelaporan: 'Pelaporan',
  lainnya: 'Lainnya',
};
const statusName: Record<ProblemStatus, string> = { terbuka: 'Terbuka', ditangani: 'Ditangani', selesai: 'Selesai', ditutup: 'Ditutup' };
const statusHex: Record<ProblemStatus, string> = { terbuka: '#b3261e', ditangani: '#b7860b', selesai: '#1f7a3a', ditutup: '#555555' };
const colorName: Record<KpiColor, string> = { hijau: 'Hijau', kuning: 'Kuning', merah: 'Merah' };
const colorHex: Record<KpiColor, string> = { hijau: '#1f7a3a', kuning: '#b7860b', merah: '#b3261e' };
/** Green first: the order people read a colour table in. */
const colorOrder: KpiColor[] = ['hijau', 'kuning', 'merah'];

const accent = '#1f5f8b';
const left = 48;
const width = 499;
const right = left + width;
const top = 48;
/** Flowing text stops here; the footer sits below. */
const bottomMargin = 60;
const bottom = 842 - bottomMargin;
const footerY = 800;

type Doc = PDFKit.PDFDocument;

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Starts a new page when fewer than `height` points are left on this one. */
function ensure(doc: Doc, height: number): void {
  if (doc.y + height > bottom) doc.addPage();
}

/** Moves a block of this height to a new page when it would be split here but fits on a page of its own. */
function keepTogether(doc: Doc, height: number): void {
  if (height <= bottom - top) ensure(doc, height);
}

/** A section's heading, kept on one page with the first `keepWith` points of what follows it. */
function heading(doc: Doc, text: string, note?: string, keepWith = 0): void {
  ensure(doc, 60 + keepWith);
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(14).fillColor(accent).text(text, left, doc.y, { width });
  if (note) doc.font('Helvetica').fontSize(8.5).fillColor('#555').text(note, { width });
  doc.moveDown(0.4);
}

/** "label   value" rows of the cover. */
function facts(doc: Doc, rows: [string, string][]): void {
  doc.fontSize(10);
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.font('Helvetica').fillColor('#555').text(label, left, y, { width: 118 });
    doc
      .font('Helvetica')
      .fillColor('#000')
      .text(value, left + 122, y, { width: width - 122 });
    doc.moveDown(0.25);
  }
}

function cover(doc: Doc, p: GatheringPack): void {
  const g = p.gathering;
  doc
    .font('Helvetica')
    .fontSize(9)
    .fillColor('#555')
    .text('SIM TPBIS — Program Transformasi Perpustakaan Berbasis Inklusi Sosial', left, top);
  doc.moveDown(1.2).font('Helvetica-Bold').fontSize(24).fillColor(accent).text('Bahan Gathering');
  doc.moveDown(0.1).fontSize(15).fillColor('#000').text(printable(g.title), { width });
  doc.moveDown(0.8);
  facts(doc, [
    ['Hari, tanggal', `${weekday(g.date)}, ${tanggal(g.date)}`],
    ['Pelaksanaan', g.mode === 'online' ? 'Daring (online)' : 'Luring (tatap muka)'],
    ['Wilayah', `${printable(g.regionName)} (${g.regionCode})`],
    ['Pelatih Ahli', g.facilitators.length ? g.facilitators.map(printable).join(', ') : '–'],
    ['Konsultan Pendamping', g.consultants.length ? g.consultants.map(printable).join(', ') : '–'],
    ['Kehadiran', `${number(g.attendees)} pengelola mitra`],
    ['Periode data', `${tanggal(p.period.from)} s.d. ${tanggal(p.period.to)}`],
  ]);
}

function activities(doc: Doc, p: GatheringPack): void {
  const f = p.figures;
  heading(
    doc,
    'Capaian kegiatan per strategi',
    'Kegiatan terhitung: berstatus diajukan atau terverifikasi dengan tanggal di dalam periode.',
  );
  const gap = 10;
  const boxWidth = (width - 2 * gap) / 3;
  const boxHeight = 74;
  const y = doc.y;
  strategyOrder.forEach((s, i) => {
    const x = left + i * (boxWidth + gap);
    doc.roundedRect(x, y, boxWidth, boxHeight, 5).fill(accent);
    doc
      .font('Helvetica-Bold')
      .fontSize(24)
      .fillColor('#fff')
      .text(number(f.activities[s]), x + 10, y + 10, { width: boxWidth - 20 });
    doc
      .font('Helvetica')
      .fontSize(9)
      .text(`kegiatan ${strategyName[s].toLowerCase()}`, x + 10, y + 40, { width: boxWidth - 20 });
  });
  doc.font('Helvetica').fontSize(10).fillColor('#000');
  doc.text(`Jumlah: ${number(f.activities.total)} kegiatan.`, left, y + boxHeight + 10, { width });
  doc.text(
    `Peserta kegiatan: ${number(f.participants.total)} orang (laki-laki ${number(f.participants.male)}, perempuan ${number(f.participants.female)}).`,
    { width },
  );
}

/** Supported (full support or quality book aid) and self-funded replication, as the programme counts its reach. */
const isReplication = (scheme: PartnerScheme) => scheme.startsWith('replikasi_');

function partners(doc: Doc, p: GatheringPack): void {
  const f = p.figures;
  heading(doc, 'Mitra per skema', `${number(f.partners.total)} mitra aktif di ${printable(p.gathering.regionName)}.`);
  const tableWidth = 280;
  const y0 = doc.y;
  doc.fontSize(10);
  for (const scheme of partnerSchemes) {
    const y = doc.y;
    doc
      .font('Helvetica')
      .fillColor('#000')
      .text(schemeName[scheme], left, y, { width: tableWidth - 60 });
    doc.text(number(f.partners.byScheme[scheme] ?? 0), left + tableWidth - 60, y, { width: 60, align: 'right' });
    doc.moveDown(0.2);
  }
  const y = doc.y + 2;
  doc
    .moveTo(left, y)
    .lineTo(left + tableWidth, y)
    .strokeColor('#ccc')
    .stroke();
  doc
    .font('Helvetica-Bold')
    .text('Jumlah', left, y + 4, { width: tableWidth - 60 })
    .text(number(f.partners.total), left + tableWidth - 60, y + 4, { width: 60, align: 'right' });
  const end = doc.y;

  const sum = (replication: boolean) =>
    partnerSchemes.filter((s) => isReplication(s) === replication).reduce((n, s) => n + (f.partners.byScheme[s] ?? 0), 0);
  const boxX = left + tableWidth + 30;
  const boxWidth = right - boxX;
  const boxes: [number, string][] = [
    [sum(false), 'mitra dukungan penuh dan bantuan buku bermutu'],
    [sum(true), 'mitra replikasi mandiri di tingkat provinsi, kabupaten/kota dan desa'],
  ];
  boxes.forEach(([n, label], i) => {
    const by = y0 + i * 48;
    doc.roundedRect(boxX, by, boxWidth, 42, 4).fill('#e8f0f6');
    doc
      .font('Helvetica-Bold')
      .fontSize(18)
      .fillColor(accent)
      .text(number(n), boxX + 10, by + 11, { width: 56, lineBreak: false });
    doc
      .font('Helvetica')
      .fontSize(8.5)
      .fillColor('#000')
      .text(label, boxX + 68, by + 9, { width: boxWidth - 76 });
  });
  doc.text('', left, Math.max(end, y0 + 2 * 48));
}

/** A bar split into the three colours by count: how a region's partners stand at a glance. */
function colorBar(doc: Doc, x: number, y: number, barWidth: number, height: number, counts: Record<KpiColor, number>): void {
  const total = colorOrder.reduce((sum, c) => sum + counts[c], 0);
  if (total === 0) {
    doc.rect(x, y, barWidth, height).fill('#e5e5e5');
    return;
  }
  let at = x;
  for (const c of colorOrder) {
    const w = (counts[c] / total) * barWidth;
    if (w > 0) doc.rect(at, y, w, height).fill(colorHex[c]);
    at += w;
  }
}

/** The whole region's colours as one bar with its legend: for a region with no child regions to list. */
function colorTotals(doc: Doc, p: GatheringPack): void {
  const { kpi } = p.figures;
  const y = doc.y;
  colorBar(doc, left, y, width, 14, kpi);
  doc.font('Helvetica').fontSize(10);
  let x = left;
  for (const c of colorOrder) {
    doc.rect(x, y + 24, 9, 9).fill(colorHex[c]);
    const label = `${colorName[c]}: ${number(kpi[c])} mitra`;
    doc.fillColor('#000').text(label, x + 13, y + 23, { lineBreak: false });
    x += 13 + doc.widthOfString(label) + 24;
  }
  doc.text('', left, y + 40);
}

const childColumns = [
  { x: left, width: 168, align: 'left' },
  { x: 220, width: 38, align: 'right' },
  { x: 262, width: 38, align: 'right' },
  { x: 304, width: 38, align: 'right' },
  { x: 346, width: 38, align: 'right' },
  { x: 388, width: 56, align: 'right' },
] as const;
const barX = 452;
const childRowHeight = 18;

function childRow(doc: Doc, y: number, cells: string[], colors: string[] = []): void {
  cells.forEach((c, i) => {
    const column = childColumns[i];
    if (!column) return;
    doc.fillColor(colors[i] ?? '#000').text(c, column.x, y, { width: column.width, align: column.align, lineBreak: false });
  });
}

function childHeader(doc: Doc, y: number, level: string): void {
  doc.font('Helvetica').fontSize(8.5);
  // The colour columns are headed in their own colour: the table is its own legend.
  childRow(
    doc,
    y,
    [capitalised(level), 'Mitra', ...colorOrder.map((c) => colorName[c]), 'Rata-rata skor'],
    ['#555', '#555', ...colorOrder.map((c) => colorHex[c]), '#555'],
  );
  doc.fillColor('#555').text('Sebaran', barX, y, { width: right - barX, lineBreak: false });
}

/** Colours per child region (regency/city for a province), with the region's own total under them. */
function colors(doc: Doc, p: GatheringPack): void {
  const f = p.figures;
  const t = f.profile.thresholds;
  const legend = `Hijau: skor ${number(t.green)} ke atas · kuning: ${number(t.yellow)} sampai di bawah ${number(t.green)} · merah: di bawah ${number(t.yellow)}.`;
  if (p.childLevel === null || p.children.length === 0) {
    heading(doc, 'Skor dan warna KPI', legend);
    colorTotals(doc, p);
    return;
  }
  const level = childLevelName[p.childLevel];
  const outside = f.partners.total - p.children.reduce((sum, c) => sum + c.partners, 0);
  const note =
    outside > 0 ? ` Baris jumlah termasuk ${number(outside)} mitra di tingkat ${printable(p.gathering.regionName)} sendiri.` : '';
  // Heading, header and rows on one page whenever they fit on one.
  keepTogether(doc, 60 + 14 + (p.children.length + 1) * childRowHeight);
  heading(doc, `Skor dan warna KPI per ${level}`, legend + note);
  let y = doc.y;
  childHeader(doc, y, level);
  y += 14;
  const rows = [
    ...p.children.map((child) => ({
      name: child.name,
      partners: child.partners,
      kpi: child.kpi,
      average: child.averageScore,
      total: false,
    })),
    { name: p.gathering.regionName, partners: f.partners.total, kpi: f.kpi, average: null, total: true },
  ];
  for (const row of rows) {
    if (y + childRowHeight > bottom) {
      doc.addPage();
      y = doc.y;
      childHeader(doc, y, level);
      y += 14;
    }
    if (row.total) {
      doc
        .moveTo(left, y - 4)
        .lineTo(right, y - 4)
        .strokeColor('#ccc')
        .stroke();
    }
    doc.font(row.total ? 'Helvetica-Bold' : 'Helvetica').fontSize(9.5);
    const average = row.total ? '' : row.average === null ? '–' : score(row.average);
    childRow(doc, y, [printable(row.name), number(row.partners), ...colorOrder.map((c) => number(row.kpi[c])), average]);
    colorBar(doc, barX, y + 1, right - barX, 9, row.kpi);
    y += childRowHeight;
  }
  doc.text('', left, y);
}

function champions(doc: Doc, p: GatheringPack): void {
  const period = `${tanggal(p.period.from)} s.d. ${tanggal(p.period.to)}`;
  const rowHeight = 17;
  keepTogether(doc, 60 + 14 + p.champions.length * rowHeight);
  heading(
    doc,
    'Mitra juara: hijau dengan skor 100',
    p.champions.length
      ? `${number(p.champions.length)} mitra mencapai semua target KPI pada periode ${period}.`
      : `Belum ada mitra yang mencapai semua target KPI pada periode ${period}.`,
  );
  if (p.champions.length === 0) return;
  let y = doc.y;
  const row = (cells: [string, string, string, string], scoreHex: string) => {
    doc.text(cells[0], left, y, { width: 24, align: 'right', lineBreak: false });
    doc.text(cells[1], left + 34, y, { width: 250, lineBreak: false, ellipsis: true });
    doc.text(cells[2], left + 294, y, { width: 150, lineBreak: false, ellipsis: true });
    doc.fillColor(scoreHex).text(cells[3], right - 50, y, { width: 50, align: 'right', lineBreak: false });
  };
  doc.font('Helvetica').fontSize(8.5).fillColor('#555');
  row(['No.', 'Perpustakaan', p.childLevel === null ? 'Wilayah' : capitalised(childLevelName[p.childLevel]), 'Skor'], '#555');
  y += 14;
  doc.fontSize(10);
  p.champions.forEach((c, i) => {
    if (y + rowHeight > bottom) {
      doc.addPage();
      y = doc.y;
    }
    doc.font('Helvetica').fillColor('#000');
    row([`${i + 1}.`, printable(c.name), printable(c.area), score(c.score)], colorHex.hijau);
    y += rowHeight;
  });
  doc.text('', left, y);
}

const photoBox = { width: 170, height: 120 } as const;
/** A story starts on a page with room for its photo. */
const storyRoom = photoBox.height + 16;

function story(doc: Doc, s: PackStory, index: number): void {
  const textX = s.photo ? left + photoBox.width + 14 : left;
  const textWidth = right - textX;
  // At most this much of a summary: the pack shows what a story is about, the booklet tells it.
  const summaryHeight = 110;
  ensure(doc, storyRoom);
  const y = doc.y;
  if (s.photo) doc.image(s.photo, left, y, { fit: [photoBox.width, photoBox.height], align: 'center' });
  doc
    .font('Helvetica-Bold')
    .fontSize(12)
    .fillColor('#000')
    .text(`${index + 1}. ${printable(s.title)}`, textX, y, { width: textWidth });
  doc.moveDown(0.15).font('Helvetica').fontSize(9).fillColor(accent).text(printable(s.partnerName), { width: textWidth });
  doc.fillColor('#555').fontSize(8).text(printable(s.place), { width: textWidth });
  if (s.strategy) doc.text(strategyName[s.strategy], { width: textWidth });
  doc.moveDown(0.3).fontSize(9.5).fillColor('#222').text(printable(s.summary), { width: textWidth, height: summaryHeight, ellipsis: true });
  doc.text('', left, Math.max(doc.y, y + (s.photo ? photoBox.height : 0)) + 14);
}

function stories(doc: Doc, p: GatheringPack): void {
  if (p.stories.length === 0) return;
  heading(doc, 'Praktik baik yang dibagikan', `${number(p.stories.length)} kisah mitra pada agenda gathering ini.`, storyRoom);
  p.stories.forEach((s, i) => story(doc, s, i));
}

/** Room for a problem's title, library, status and first action: never split from one another. */
const problemRoom = 90;

function problem(doc: Doc, pr: PackProblem, index: number): void {
  ensure(doc, problemRoom);
  doc
    .font('Helvetica-Bold')
    .fontSize(12)
    .fillColor('#000')
    .text(`${index + 1}. ${printable(pr.title)}`, left, doc.y, { width });
  doc.moveDown(0.15).font('Helvetica').fontSize(9).fillColor(accent).text(printable(pr.partnerName), { width, continued: true });
  doc.fillColor('#555').text(` · ${printable(pr.place)}`);
  doc.moveDown(0.2).fontSize(9.5).fillColor('#000').text(`Kategori: ${categoryName[pr.category]} · Status: `, { width, continued: true });
  doc.font('Helvetica-Bold').fillColor(statusHex[pr.status]).text(statusName[pr.status]);
  if (pr.resolution) {
    doc.moveDown(0.2).font('Helvetica-Bold').fillColor('#000').text('Penyelesaian: ', { width, continued: true });
    doc.font('Helvetica').text(printable(pr.resolution));
  }
  doc.moveDown(0.3).font('Helvetica-Bold').fontSize(9.5).fillColor('#000');
  if (pr.actions.length === 0) {
    doc.font('Helvetica').fillColor('#555').text('Belum ada tindak lanjut.', { width });
  } else {
    doc.text('Tindak lanjut:', { width });
    for (const a of pr.actions) {
      ensure(doc, 14);
      const state = a.done ? 'selesai' : a.overdue ? 'terlambat' : 'belum selesai';
      const stateHex = a.done ? '#1f7a3a' : a.overdue ? '#b3261e' : '#555';
      doc
        .font('Helvetica')
        .fillColor('#000')
        .text(`• ${printable(a.what)} — ${printable(a.owner)}, tenggat ${tanggal(a.dueDate)} · `, left + 8, doc.y, {
          width: width - 8,
          continued: true,
        });
      doc.font('Helvetica-Bold').fillColor(stateHex).text(state);
    }
  }
  doc.text('', left, doc.y + 12);
}

function problems(doc: Doc, p: GatheringPack): void {
  if (p.problems.length === 0) return;
  heading(
    doc,
    'Pemecahan masalah',
    `${number(p.problems.length)} kendala mitra yang dibahas, dengan status dan tindak lanjutnya.`,
    problemRoom,
  );
  p.problems.forEach((pr, i) => problem(doc, pr, i));
}

function footers(doc: Doc, p: GatheringPack, today: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // The footer lies below where text flows; without this the text would start a new page.
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(7).fillColor('#777');
    doc.text(
      `Bahan Gathering ${printable(p.gathering.regionName)} ${tanggal(p.gathering.date)} · angka dihitung SIM TPBIS pada ${tanggal(today)} · halaman ${i + 1} dari ${count}`,
      left,
      footerY,
      { width, align: 'center', lineBreak: false },
    );
  }
}

/** Renders the pack: the cover with the region's figures, colours and champions, the stories, the problems. */
export function packPdf(pack: GatheringPack, producedOn: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top, left, right: 48, bottom: bottomMargin },
    bufferPages: true,
    info: { Title: `Bahan Gathering — ${printable(pack.gathering.title)}`, Author: 'SIM TPBIS' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  cover(doc, pack);
  activities(doc, pack);
  partners(doc, pack);
  colors(doc, pack);
  champions(doc, pack);
  stories(doc, pack);
  problems(doc, pack);
  footers(doc, pack, producedOn);
  doc.end();
  return done;
}
