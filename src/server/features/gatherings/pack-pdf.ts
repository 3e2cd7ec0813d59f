import PDFDocument from 'pdfkit';
import { dayNumber } from '#domain/calendar';
import { partnerSchemes, type PartnerScheme, type Strategy } from '#domain/taxonomy';
import { printable } from '#server/features/practices/printable';
import type { GatheringPack } from './pack';
import { problems, stories } from './pack-pdf-agenda';
import { elis } from './pack-pdf-elis';
import {
  accent,
  bottomMargin,
  footerY,
  heading,
  left,
  locale,
  number,
  right,
  strategyName,
  tanggal,
  top,
  width,
  type Doc,
} from './pack-pdf-layout';
import { champions, colors } from './pack-pdf-regions';

// The gathering pack (*bahan gathering*), in Indonesian, in the rapor's and the booklet's manner:
// A4, built-in Helvetica, the programme's name on top, a footer on every page. The cover with the
// region's figures, then the colours per child region and the champions, the stories shared,
// the problems worked on and the region's learners in the Elis courses introduced.

// A calendar day's weekday, as midnight UTC in UTC, so no zone can shift it: "Sabtu".
const weekday = (date: string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(dayNumber(date) * 86_400_000));

/** The order the source document reports them in. */
const strategyOrder: Strategy[] = ['pelibatan_masyarakat', 'advokasi', 'layanan_informasi'];
const schemeName: Record<PartnerScheme, string> = {
  full_support: 'Dukungan penuh',
  buku_bermutu: 'Bantuan buku bermutu',
  replikasi_provinsi: 'Replikasi mandiri provinsi',
  replikasi_kabkota: 'Replikasi mandiri kabupaten/kota',
  replikasi_desa: 'Replikasi mandiri desa',
};

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

/** Renders the pack: the cover with the region's figures, colours and champions, the stories, the problems, Elis. */
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
  elis(doc, pack, producedOn);
  footers(doc, pack, producedOn);
  doc.end();
  return done;
}
