import PDFDocument from 'pdfkit';
import { formatDate } from '#domain/calendar';
import { printable } from '#server/features/practices/printable';
import type { AttendanceSheet } from './attendance-sheet';

// The attendance list in the rapor's manner: A4, built-in Helvetica, the programme's name on top,
// then one row per library with where it is, the header repeated on every page.

const tanggal = (date: string) => formatDate(date, 'id-ID', 'long');
const left = 48;
const width = 499;
const bottom = 770;
const footerY = 790;
const columns = [
  { title: 'No', width: 20 },
  { title: 'Nama perpustakaan', width: 150 },
  { title: 'Jenis', width: 60 },
  { title: 'Desa/kelurahan', width: 78 },
  { title: 'Kecamatan', width: 80 },
  { title: 'Kabupaten/kota', width: 111 },
] as const;
const pad = 3;
const size = 8.5;

type Doc = PDFKit.PDFDocument;

function tableHeader(doc: Doc, y: number): number {
  doc.rect(left, y, width, 16).fill('#e8eef3');
  doc.font('Helvetica-Bold').fontSize(size).fillColor('#000');
  let x = left;
  for (const c of columns) {
    doc.text(c.title, x + pad, y + 4, { width: c.width - 2 * pad, lineBreak: false });
    x += c.width;
  }
  return y + 16;
}

function row(doc: Doc, cells: string[], y: number): number {
  doc.font('Helvetica').fontSize(size);
  const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: (columns[i]?.width ?? 0) - 2 * pad }))) + 2 * pad;
  let x = left;
  cells.forEach((cell, i) => {
    const w = columns[i]?.width ?? 0;
    doc.fillColor('#000').text(cell, x + pad, y + pad, { width: w - 2 * pad });
    x += w;
  });
  doc
    .moveTo(left, y + height)
    .lineTo(left + width, y + height)
    .strokeColor('#ccc')
    .lineWidth(0.5)
    .stroke();
  return y + height;
}

function footers(doc: Doc, producedAt: Date): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    doc.font('Helvetica').fontSize(7).fillColor('#777');
    doc.text(
      `Daftar hadir · dicetak dari SIM TPBIS pada ${tanggal(producedAt.toISOString().slice(0, 10))} · halaman ${i + 1} dari ${count}`,
      left,
      footerY,
      { width, align: 'center', lineBreak: false },
    );
  }
}

export function attendancePdf(sheet: AttendanceSheet, producedAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 48, left, right: 48, bottom: 36 },
    bufferPages: true,
    info: { Title: `Daftar hadir ${printable(sheet.title)}`, Author: 'SIM TPBIS' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font('Helvetica').fontSize(9).fillColor('#555').text('SIM TPBIS — Program Transformasi Perpustakaan Berbasis Inklusi Sosial');
  doc.moveDown(0.3).font('Helvetica-Bold').fontSize(18).fillColor('#000').text('Daftar Hadir');
  doc.font('Helvetica').fontSize(13).text(printable(sheet.title));
  doc.moveDown(0.3).fontSize(10).fillColor('#333');
  doc.text(`${tanggal(sheet.date)} · ${sheet.mode === 'offline' ? 'tatap muka' : 'daring'} · ${printable(sheet.regionName)}`);
  doc.text(`${sheet.rows.length} perpustakaan mitra hadir`);

  let y = tableHeader(doc, doc.y + 12);
  if (sheet.rows.length === 0) {
    doc
      .font('Helvetica')
      .fontSize(10)
      .fillColor('#333')
      .text('Belum ada kehadiran yang dicatat.', left, y + 8);
  }
  for (const r of sheet.rows) {
    const cells = [String(r.no), r.name, r.typeShort, r.village, r.district, r.regency].map(printable);
    doc.font('Helvetica').fontSize(size);
    const height = Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: (columns[i]?.width ?? 0) - 2 * pad }))) + 2 * pad;
    if (y + height > bottom) {
      doc.addPage();
      y = tableHeader(doc, 48);
    }
    y = row(doc, cells, y);
  }
  footers(doc, producedAt);
  doc.end();
  return done;
}
