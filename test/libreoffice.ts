import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

// Opening a file in LibreOffice, as a user's spreadsheet program would, and reading back what it
// shows. `.ci/run` installs it (libreoffice-calc-nogui); a machine without it skips these checks.

export function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Converts each workbook to CSV with one LibreOffice start (starting it is most of the time) and
 * answers each file's first sheet as rows of cells, header row included. A file LibreOffice
 * cannot open produces no CSV, and its read fails naming it.
 */
export function openInLibreOffice(files: Record<string, Buffer>): Record<string, string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'sim-soffice-'));
  try {
    const names = Object.keys(files);
    for (const name of names) writeFileSync(join(dir, `${name}.xlsx`), files[name] ?? Buffer.alloc(0));
    execFileSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        'csv',
        '--outdir',
        dir,
        ...names.map((n) => join(dir, `${n}.xlsx`)),
      ],
      { timeout: 240_000, stdio: 'ignore' },
    );
    const read = (name: string): string[][] => parse(readFileSync(join(dir, `${name}.csv`)), { bom: true });
    return Object.fromEntries(names.map((n) => [n, read(n)]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
