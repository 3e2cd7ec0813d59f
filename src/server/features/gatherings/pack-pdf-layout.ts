import { formatDate } from '#domain/calendar';
import { formatScore, type KpiColor } from '#domain/kpi/score';
import type { Strategy } from '#domain/taxonomy';

// The gathering pack's page: A4 in points, its margins, its words for numbers, dates and
// colours, and the few moves every section makes (a heading, a page break, a colour bar).

export const locale = 'id-ID';
export const tanggal = (date: string) => formatDate(date, locale, 'long');
export const number = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 2 });
export const score = (n: number) => formatScore(n, locale);

export const strategyName: Record<Strategy, string> = {
  pelibatan_masyarakat: 'Pelibatan masyarakat',
  advokasi: 'Advokasi untuk sinergi, kolaborasi dan dukungan',
  layanan_informasi: 'Peningkatan layanan informasi',
};
export const colorName: Record<KpiColor, string> = { hijau: 'Hijau', kuning: 'Kuning', merah: 'Merah' };
export const colorHex: Record<KpiColor, string> = { hijau: '#1f7a3a', kuning: '#b7860b', merah: '#b3261e' };
/** Green first: the order people read a colour table in. */
export const colorOrder: KpiColor[] = ['hijau', 'kuning', 'merah'];

export const accent = '#1f5f8b';
export const left = 48;
export const width = 499;
export const right = left + width;
export const top = 48;
/** Flowing text stops here; the footer sits below. */
export const bottomMargin = 60;
export const bottom = 842 - bottomMargin;
export const footerY = 800;

export type Doc = PDFKit.PDFDocument;

export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Starts a new page when fewer than `height` points are left on this one. */
export function ensure(doc: Doc, height: number): void {
  if (doc.y + height > bottom) doc.addPage();
}

/** Moves a block of this height to a new page when it would be split here but fits on a page of its own. */
export function keepTogether(doc: Doc, height: number): void {
  if (height <= bottom - top) ensure(doc, height);
}

/** A section's heading, kept on one page with the first `keepWith` points of what follows it. */
export function heading(doc: Doc, text: string, note?: string, keepWith = 0): void {
  ensure(doc, 60 + keepWith);
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(14).fillColor(accent).text(text, left, doc.y, { width });
  if (note) doc.font('Helvetica').fontSize(8.5).fillColor('#555').text(note, { width });
  doc.moveDown(0.4);
}

/** A bar split into the three colours by count: how a region's partners stand at a glance. */
export function colorBar(doc: Doc, x: number, y: number, barWidth: number, height: number, counts: Record<KpiColor, number>): void {
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
