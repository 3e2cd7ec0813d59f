import { writeFileSync } from 'node:fs';
import { strategies } from '#domain/taxonomy';
import { loadConfig } from '#server/config';
import { connect } from '#server/db/connect';
import { partnerIdsOfRegion } from '#server/features/imports/repository';

/**
 * Writes a CSV of N activities spread over the libraries of a region, for measuring
 * `sim-tpbis import activities` (BENCHMARKS.md, "Imports"):
 *   tsx src/cli/bench/import-file.ts OUT.csv [N=50000] [REGION=19]
 * The refs are new on every run, so a second run imports again rather than finding them.
 */
async function main(out: string, n: number, region: string): Promise<void> {
  const connection = connect(loadConfig());
  try {
    const partnerIds = await partnerIdsOfRegion(connection.db, region);
    if (partnerIds.length === 0) throw new Error(`no partners in region ${region}: build the demo first`);
    const run = Date.now().toString(36);
    const lines = ['ref;partnerId;strategy;title;date;participantsMale;participantsFemale;location'];
    for (let i = 0; i < n; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String((i % 9) + 1).padStart(2, '0');
      lines.push(
        [
          `bench-${run}-${i + 1}`,
          partnerIds[i % partnerIds.length],
          strategies[i % 3],
          `Kegiatan impor ${i + 1}`,
          `2024-${month}-${day}`,
          i % 13,
          i % 17,
          'Balai desa',
        ].join(';'),
      );
    }
    writeFileSync(out, `\uFEFF${lines.join('\r\n')}\r\n`);
    console.log(`wrote ${n} activities of ${partnerIds.length} partners to ${out}`);
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
