import { printable } from '#server/features/practices/printable';
import type { GatheringPack } from './pack';
import { bottom, heading, keepTogether, left, number, right, tanggal, type Doc } from './pack-pdf-layout';

// The pack's Elis page: for each course the gathering introduced (or every published course when
// its agenda names none), how many of the region's learners enrolled, finished and hold the
// certificate — counted when the pack is made, not over the data period: learning goes on.

const titleWidth = 300;
const numberWidth = 62;
const numberX = (i: number) => right - (3 - i) * numberWidth;

function row(doc: Doc, y: number, cells: [string, string, string, string], hex: string): number {
  doc.fillColor(hex).text(cells[0], left, y, { width: titleWidth });
  const height = doc.heightOfString(cells[0], { width: titleWidth });
  cells.slice(1).forEach((cell, i) => doc.text(cell, numberX(i), y, { width: numberWidth, align: 'right', lineBreak: false }));
  return height;
}

export function elis(doc: Doc, p: GatheringPack, producedOn: string): void {
  const { courses, linked } = p.elis;
  const rowHeight = 18;
  keepTogether(doc, 60 + 14 + Math.max(1, courses.length) * rowHeight);
  const whose = `Pembelajar di ${printable(p.gathering.regionName)} per ${tanggal(producedOn)}.`;
  heading(
    doc,
    'Elis: e-learning inklusi sosial',
    linked ? `Kursus yang diperkenalkan pada gathering ini. ${whose}` : `Semua kursus Elis yang terbit. ${whose}`,
  );
  if (courses.length === 0) {
    doc.font('Helvetica').fontSize(10).fillColor('#555').text('Belum ada kursus Elis yang terbit.', left, doc.y);
    return;
  }
  let y = doc.y;
  doc.font('Helvetica').fontSize(8.5);
  row(doc, y, ['Kursus', 'Terdaftar', 'Selesai', 'Sertifikat'], '#555');
  y += 14;
  doc.fontSize(10);
  courses.forEach((c, i) => {
    const title = `${i + 1}. ${printable(c.title)}`;
    if (y + doc.heightOfString(title, { width: titleWidth }) > bottom) {
      doc.addPage();
      y = doc.y;
    }
    doc.font('Helvetica');
    y += Math.max(row(doc, y, [title, number(c.enrolled), number(c.completed), number(c.certificates)], '#000'), 12) + 6;
  });
  doc.text('', left, y);
}
