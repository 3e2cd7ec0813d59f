import { loadavg } from 'node:os';
import { importLimits } from '#domain/imports';
import { strategies } from '#domain/taxonomy';
import { connect } from '#server/db/connect';
import type { DbOrTx } from '#server/db/database';
import { importingUser } from '#server/features/imports/importer';
import { partnerIdsOfRegion } from '#server/features/imports/repository';
import { runImport } from '#server/features/imports/service';

/**
 * A CSV of `n` activities spread over the active libraries of a region and January – September
 * 2024, as Excel in Indonesia saves it (BOM, `;`). The refs are new on every call, so importing
 * it again imports again rather than finding them.
 */
export async function generatedImportFile(db: DbOrTx, n: number, region: string): Promise<{ data: Buffer; partners: number }> {
  const partnerIds = await partnerIdsOfRegion(db, region);
  if (partnerIds.length === 0) throw new Error(`no partners in region ${region}`);
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
  return { data: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`), partners: partnerIds.length };
}

export interface ImportBenchRow {
  rows: number;
  partners: number;
  created: number;
  ms: number;
  cpuMs: number;
  load: [number, number];
}

/**
 * Imports a generated file of `rows` activities of the region into the nation as
 * `sim-tpbis import activities FILE` does: its own connection with the CLI's settings, as the
 * first national admin, through the same service, with the CLI's row limit. The nation keeps them.
 */
export async function benchImport(p: {
  dataDir: string;
  databaseUrl?: string | undefined;
  region: string;
  rows: number;
}): Promise<ImportBenchRow> {
  const connection = connect({ dataDir: p.dataDir, databaseUrl: p.databaseUrl, bulkWrites: true });
  try {
    const { data, partners } = await generatedImportFile(connection.db, p.rows, p.region);
    const actor = await importingUser(connection.db, null);
    const load0 = loadavg()[0] ?? 0;
    const cpu = process.cpuUsage();
    const started = performance.now();
    const answer = await runImport(connection.db, actor, {
      kind: 'activities',
      data,
      dryRun: false,
      now: new Date(),
      maxRows: importLimits.cliRows,
    });
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    if (!answer.ok) throw new Error(`the generated file was refused: ${answer.check.errors[0]?.message ?? 'no message'}`);
    return {
      rows: p.rows,
      partners,
      created: answer.outcome.created,
      ms,
      cpuMs: (used.user + used.system) / 1000,
      load: [load0, loadavg()[0] ?? 0],
    };
  } finally {
    await connection.close();
  }
}
