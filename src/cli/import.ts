import { readFileSync, statSync } from 'node:fs';
import { Presets, SingleBar } from 'cli-progress';
import { ImportKind, importLimits, type ImportCheck } from '#domain/imports';
import { can } from '#domain/permissions';
import type { Config } from '#server/config';
import { connect } from '#server/db/connect';
import { migrateToLatest } from '#server/db/migrate';
import { ApiError } from '#server/http/errors';
import { importingUser, ImporterRefused } from '#server/features/imports/importer';
import { runImport } from '#server/features/imports/service';

const usage = 'usage: sim-tpbis import partners|activities FILE [--as USERNAME] [--dry-run]';
/** The CLI takes what the web refuses, up to a size that still fits in memory comfortably. */
const cliBytes = 200 * 1024 * 1024;

function printProblems(check: ImportCheck): void {
  for (const e of check.errors.slice(0, 50)) console.log(`  row ${e.row}, ${e.column}: ${e.message}`);
  if (check.errors.length > 50) console.log(`  … and ${check.errors.length - 50} more`);
}

/**
 * `sim-tpbis import partners|activities FILE`: the web's import for large files, through the
 * same service (the same rules, scope, rollups and audit), with a progress bar and the rate at the end.
 */
export async function importCommand(config: Config, args: { kind?: string; file?: string; as?: string; dryRun: boolean }): Promise<number> {
  const kind = ImportKind.safeParse(args.kind);
  if (!kind.success || !args.file) {
    console.error(usage);
    return 2;
  }
  if (statSync(args.file).size > cliBytes) {
    console.error(`${args.file} is larger than ${cliBytes / 1024 / 1024} MB: split it`);
    return 1;
  }
  const data = readFileSync(args.file);
  const connection = connect({ ...config, bulkWrites: true });
  const bar = new SingleBar({ format: '{stage} |{bar}| {value}/{total} rows', hideCursor: true }, Presets.shades_classic);
  let barStarted = false;
  try {
    await migrateToLatest(connection.db);
    const actor = await importingUser(connection.db, args.as ?? null);
    const right = kind.data === 'partners' ? 'partners.write' : 'activities.report';
    if (!can(actor, right)) {
      console.error(`${args.as ?? 'that user'} may not ${right === 'partners.write' ? 'create partners' : 'report activities'}`);
      return 1;
    }
    const started = performance.now();
    const cpuAtStart = process.cpuUsage();
    const answer = await runImport(connection.db, actor, {
      kind: kind.data,
      data,
      dryRun: args.dryRun,
      now: new Date(),
      maxRows: importLimits.cliRows,
      onProgress: (done, total) => {
        if (!barStarted) bar.start(total, 0, { stage: args.dryRun ? 'checking ' : 'importing' });
        barStarted = true;
        bar.update(done);
      },
    });
    if (barStarted) bar.stop();
    barStarted = false;
    const seconds = (performance.now() - started) / 1000;
    const rate = Math.round(answer.check.rows / seconds);
    // On a shared machine the wall time says more about the neighbours than about the import: its CPU time beside it.
    const cpu = process.cpuUsage(cpuAtStart);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const timing = `${answer.check.rows} rows in ${seconds.toFixed(1)} s (${rate} rows/s; CPU ${cpuSeconds.toFixed(1)} s, ${Math.round(answer.check.rows / cpuSeconds)} rows per CPU second)`;
    if (!answer.ok) {
      console.log(
        `${answer.check.errors.length} problems in ${answer.check.valid} valid of ${answer.check.rows} rows; nothing was imported`,
      );
      printProblems(answer.check);
      console.log(timing);
      return 1;
    }
    if (args.dryRun) console.log(`all ${answer.check.rows} rows are valid; nothing was written (dry run): ${timing}`);
    else console.log(`created ${answer.outcome.created}, unchanged ${answer.outcome.unchanged}: ${timing}`);
    return 0;
  } catch (err) {
    if (barStarted) bar.stop();
    if (err instanceof ImporterRefused || err instanceof ApiError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  } finally {
    await connection.close();
  }
}
