import type { RegionLevel } from '#domain/regions';
import { printable } from '#server/features/practices/printable';
import type { GatheringPack } from './pack';
import {
  bottom,
  capitalised,
  colorBar,
  colorHex,
  colorName,
  colorOrder,
  heading,
  keepTogether,
  left,
  number,
  right,
  score,
  tanggal,
  width,
  type Doc,
} from './pack-pdf-layout';

// The pack's region pages: the colours per child region (regency/city for a province) with the
// region's total under them, and the champions at score 100.

const childLevelName: Record<RegionLevel, string> = {
  provinsi: 'provinsi',
  kabkota: 'kabupaten/kota',
  kecamatan: 'kecamatan',
  desa: 'desa/kelurahan',
};

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
export function colors(doc: Doc, p: GatheringPack): void {
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

export function champions(doc: Doc, p: GatheringPack): void {
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
