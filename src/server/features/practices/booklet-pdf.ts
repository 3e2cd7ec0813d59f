import PDFDocument from 'pdfkit';
import { formatDate } from '#domain/calendar';
import type { Strategy } from '#domain/taxonomy';
import type { Booklet, BookletStory } from './booklet';
import { printable } from './printable';

// The booklet of impact stories (*kisah praktik baik*), in Indonesian, in the rapor's manner: A4,
// built-in Helvetica, the programme's name on top. A cover with the contents, then one page per
// story: its photo, title, library and place, summary, the story and the beneficiary's words.

const tanggal = (date: string) => formatDate(date, 'id-ID', 'long');

const strategyName: Record<Strategy, string> = {
  layanan_informasi: 'Layanan informasi',
  pelibatan_masyarakat: 'Pelibatan masyarakat',
  advokasi: 'Advokasi',
};
const accent = '#1f5f8b';
const left = 48;
const width = 499;
/** Text ends here; the footer sits below, inside the bottom margin's reach. */
const bottom = 772;
const footerY = 790;
const photoHeight = 250;
/** Body sizes tried in turn until the page holds the whole story; the last one clips what is still too long. */
const bodySizes = [11, 10.5, 10, 9.5, 9, 8.5, 8, 7.5];

type Doc = PDFKit.PDFDocument;

function period(b: Booklet): string | null {
  if (b.from && b.to) return `Diterbitkan ${tanggal(b.from)} s.d. ${tanggal(b.to)}`;
  if (b.from) return `Diterbitkan sejak ${tanggal(b.from)}`;
  if (b.to) return `Diterbitkan sampai ${tanggal(b.to)}`;
  return null;
}

function cover(doc: Doc, b: Booklet): void {
  doc.fontSize(9).fillColor('#555').text('SIM TPBIS — Program Transformasi Perpustakaan Berbasis Inklusi Sosial');
  doc.moveDown(3).font('Helvetica-Bold').fontSize(28).fillColor(accent).text('Kisah Praktik Baik');
  doc.font('Helvetica').fontSize(14).fillColor('#000').text('Perpustakaan berbasis inklusi sosial mengubah kehidupan masyarakat');
  doc.moveDown(1).fontSize(12).fillColor('#333');
  doc.text(b.regionName ? `Wilayah: ${printable(b.regionName)}` : 'Seluruh Indonesia');
  const when = period(b);
  if (when) doc.text(when);
  doc.text(`${b.stories.length} kisah${b.featuredOnly ? ' pilihan' : ''}`);

  doc.moveDown(2).font('Helvetica-Bold').fontSize(13).fillColor('#000').text('Daftar isi');
  doc.font('Helvetica').fontSize(10).moveDown(0.4);
  if (b.stories.length === 0) doc.text('Belum ada kisah yang diterbitkan untuk pilihan ini.');
  b.stories.forEach((s, i) => {
    doc.fillColor('#000').text(`${i + 1}. ${printable(s.title)}`, { continued: true });
    doc.fillColor('#555').text(` — ${printable(s.partnerName)}`);
  });
}

interface Blocks {
  summary: string;
  story: string;
  testimony: string | null;
}

/** The height the beneficiary's words take at this body size, with the gap above them. */
function testimonyHeight(doc: Doc, testimony: string | null, size: number): number {
  if (!testimony) return 0;
  doc.font('Helvetica-Oblique').fontSize(size);
  return size + doc.heightOfString(testimony, { width: width - 16 }) + size * 1.6;
}

/** The height the summary, story and testimony take at this body size, with the gaps between them. */
function heightOf(doc: Doc, blocks: Blocks, size: number): number {
  doc.font('Helvetica-Oblique').fontSize(size + 0.5);
  const summary = doc.heightOfString(blocks.summary, { width }) + size;
  doc.font('Helvetica').fontSize(size);
  const story = doc.heightOfString(blocks.story, { width, paragraphGap: size / 2 });
  return summary + story + testimonyHeight(doc, blocks.testimony, size);
}

function storyPage(doc: Doc, s: BookletStory, index: number, count: number): void {
  doc.addPage();
  doc.font('Helvetica').fontSize(8).fillColor('#555');
  const kind = s.strategy ? ` · ${strategyName[s.strategy]}` : '';
  doc.text(`Kisah ${index + 1} dari ${count}${kind}`, left, 40, { width });
  let y = 56;
  if (s.photo) {
    doc.image(s.photo, left, y, { fit: [width, photoHeight], align: 'center', valign: 'center' });
    y += photoHeight + 14;
  }
  doc.font('Helvetica-Bold').fontSize(17).fillColor('#000').text(printable(s.title), left, y, { width });
  doc.moveDown(0.2).font('Helvetica').fontSize(10).fillColor(accent);
  doc.text(`${printable(s.partnerName)} · ${printable(s.place)}`, { width });
  doc
    .fillColor('#555')
    .fontSize(8)
    .text(`Diterbitkan ${tanggal(s.publishedAt.slice(0, 10))}`, { width });
  doc.moveDown(0.8);

  const blocks: Blocks = {
    summary: printable(s.summary),
    // Paragraphs are spaced by the layout; the blank lines typed between them would double the gap.
    story: printable(s.story).replace(/\n\s*\n+/g, '\n'),
    testimony: s.testimony ? `“${printable(s.testimony)}”` : null,
  };
  const room = bottom - doc.y;
  const size = bodySizes.find((z) => heightOf(doc, blocks, z) <= room) ?? bodySizes[bodySizes.length - 1] ?? 7.5;
  const fits = heightOf(doc, blocks, size) <= room;
  const testimonyRoom = testimonyHeight(doc, blocks.testimony, size);

  doc
    .font('Helvetica-Oblique')
    .fontSize(size + 0.5)
    .fillColor('#222')
    .text(blocks.summary, left, doc.y, { width });
  doc.moveDown(0.6);
  // Too long even at the smallest size: the story is cut with an ellipsis so the page stays one page.
  const storyHeight = fits ? undefined : Math.max(size * 2, bottom - doc.y - testimonyRoom);
  doc.font('Helvetica').fontSize(size).fillColor('#000');
  doc.text(blocks.story, left, doc.y, { width, paragraphGap: size / 2, height: storyHeight, ellipsis: !fits });

  if (blocks.testimony) {
    doc.moveDown(0.8);
    const top = doc.y;
    doc
      .font('Helvetica-Oblique')
      .fontSize(size)
      .fillColor('#222')
      .text(blocks.testimony, left + 16, top, { width: width - 16 });
    if (s.testimonyBy)
      doc
        .font('Helvetica')
        .fillColor('#555')
        .text(`— ${printable(s.testimonyBy)}`, { width: width - 16 });
    doc.rect(left, top, 3, doc.y - top).fill(accent);
  }
}

function footers(doc: Doc, producedAt: Date): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    doc.font('Helvetica').fontSize(7).fillColor('#777');
    doc.text(
      `Kisah Praktik Baik · dicetak dari SIM TPBIS pada ${tanggal(producedAt.toISOString().slice(0, 10))} · halaman ${i + 1} dari ${count}`,
      left,
      footerY,
      { width, align: 'center', lineBreak: false },
    );
  }
}

/** Renders the booklet: a cover with the contents, then one A4 page per story. */
export function bookletPdf(booklet: Booklet, producedAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 48, left, right: 48, bottom: 36 },
    bufferPages: true,
    info: { Title: 'Kisah Praktik Baik', Author: 'SIM TPBIS' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  cover(doc, booklet);
  booklet.stories.forEach((s, i) => storyPage(doc, s, i, booklet.stories.length));
  footers(doc, producedAt);
  doc.end();
  return done;
}
