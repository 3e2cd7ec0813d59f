import { writeFileSync } from 'node:fs';
import { loadConfig } from '#server/config';
import { connect } from '#server/db/connect';
import { generatedImportFile } from './import';

/**
 * Writes a CSV of N activities spread over the libraries of a region, for measuring
 * `sim-tpbis import activities` (BENCHMARKS.md, "Imports"):
 *   tsx src/cli/bench/import-file.ts OUT.csv [N=50000] [REGION=19]
 * The refs are new on every run, so a second run imports again rather than finding them.
 */
async function main(out: string, n: number, region: string): Promise<void> {
  const connection = connect(loadConfig());
  try {
    const { data, partners } = await generatedImportFile(connection.db, n, region);
    writeFileSync(out, data);
    console.log(`wrote ${n} activities of ${partners} partners to ${out}`);
  } finally {
    await connection.close();
  }
}

const [out, n = '50000', region = '19'] = process.argv.slice(2);
if (!out) {
  console.error('usage: tsx src/cli/bench/import-file.ts OUT.csv [N] [REGION]');
  process.exitCode = 2;
} else {
  await main(out, Number(n), region);
}
