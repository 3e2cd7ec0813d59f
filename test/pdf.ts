import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// PDFs read back with poppler-utils (pdftotext, pdfimages), as a person would see them printed.

/** The text of each page, whitespace folded to single spaces. */
export function pdfPages(pdf: Buffer): string[] {
  const text = execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages.map((p) => p.replace(/\s+/g, ' ').trim());
}

/** The text as the pages lay it out, line by line (whitespace folded): a table's rows read as rows. */
export function pdfLayoutLines(pdf: Buffer): string[] {
  return execFileSync('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' })
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim());
}

/** How many pictures each page carries, page 1 first. */
export function pdfImagesPerPage(pdf: Buffer, pageCount: number): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'sim-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const listing = execFileSync('/usr/bin/pdfimages', ['-list', file], { encoding: 'utf8' });
    const counts = Array.from({ length: pageCount }, () => 0);
    // Two header lines, then one line per image whose first column is its page.
    for (const line of listing.split('\n').slice(2)) {
      const page = Number(line.trim().split(/\s+/)[0]);
      if (page >= 1 && page <= pageCount) counts[page - 1] = (counts[page - 1] ?? 0) + 1;
    }
    return counts;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
