import { describe, expect, it } from 'vitest';
import { columnLetters, csvHeader, csvLineWriter, daySerial, instantSerial, rowXmlWriter, xmlText } from './cells';
import type { Column } from './sheet';

type Row = { id: number; day: string; title: string | null; at: string | null };
const columns: Column<Row>[] = [
  { header: 'ID', type: 'integer', value: (r) => r.id },
  { header: 'Tanggal', type: 'date', value: (r) => r.day },
  { header: 'Judul, "kegiatan"', type: 'text', value: (r) => r.title },
  { header: 'Diajukan (WIB)', type: 'datetime', value: (r) => r.at },
];
const row: Row = { id: 7, day: '2024-08-15', title: 'Kelas menjahit, "batch" 1 <&>', at: '2024-09-28T01:30:00.000Z' };

describe('cells as Excel reads them', () => {
  it('writes days and instants as serials (the office clock for instants), empty for what is no date', () => {
    expect(daySerial('2024-08-15')).toBe(45519);
    expect(daySerial('1899-12-30')).toBe(0);
    expect(instantSerial('2024-09-28T01:30:00.000Z')).toBeCloseTo(45563 + 8.5 / 24, 9);
    expect(daySerial('bukan tanggal')).toBeUndefined();
  });

  it('escapes text and drops what XML cannot carry, and names columns past Z', () => {
    expect(xmlText('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
    expect(xmlText('bel\u0007l')).toBe('bell');
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('writes a row of numbers, styled dates and inline text, leaving empty cells out', () => {
    const xml = rowXmlWriter(columns, (type) => (type === 'date' ? 1 : type === 'datetime' ? 2 : undefined));
    expect(xml(row, 2)).toBe(
      '<row r="2"><c r="A2"><v>7</v></c><c r="B2" s="1"><v>45519</v></c>' +
        '<c r="C2" t="inlineStr"><is><t>Kelas menjahit, "batch" 1 &lt;&amp;&gt;</t></is></c>' +
        `<c r="D2" s="2"><v>${instantSerial(row.at ?? '')}</v></c></row>`,
    );
    expect(xml({ ...row, title: null, at: null }, 3)).toBe('<row r="3"><c r="A3"><v>7</v></c><c r="B3" s="1"><v>45519</v></c></row>');
    expect(xml({ ...row, title: ' spasi ', at: null }, 4)).toContain('<t xml:space="preserve"> spasi </t>');
  });
});

describe('CSV records', () => {
  it('quotes only a field with a comma, a quote or a line break, and ends records with CRLF', () => {
    const line = csvLineWriter(columns);
    expect(csvHeader(columns)).toBe('ID,Tanggal,"Judul, ""kegiatan""",Diajukan (WIB)\r\n');
    expect(line(row)).toBe('7,2024-08-15,"Kelas menjahit, ""batch"" 1 <&>",2024-09-28 08:30\r\n');
    expect(line({ ...row, title: 'dua\nbaris', at: null })).toBe('7,2024-08-15,"dua\nbaris",\r\n');
  });
});
