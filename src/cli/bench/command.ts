import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { connect } from '#server/db/connect';
import { migrateToLatest } from '#server/db/migrate';
import { benchExports, type ExportBenchRow } from './export';
import { benchHttp, type HttpBenchReport } from './http';
import { benchImport, type ImportBenchRow } from './import';
import { benchCutDays, benchFirstViews, benchQuestions, type BenchRow, type FirstViewSweep } from './measure';
import { generateNation, growHistory } from './generate';
import { busiestProvince, nationSize } from './repository';
import { ensureDefaultProfile } from '#server/features/kpi/profiles';
import { offloadScoring } from '#server/features/kpi/scoring';
import { loadRegions } from '#server/features/regions/loader';
import { findRegion } from '#server/features/regions/repository';
import { RegionLevel } from '#domain/regions';

export interface BenchOptions {
  partners: number;
  activities: number;
  runs: number;
  keep: boolean;
  /** A database kept by an earlier run (`--keep`): its nation is timed again, not rebuilt. */
  reuse?: string | undefined;
  /** Time the questions only, not the national export downloads (minutes at 2 M rows). */
  skipExports?: boolean;
  /** Skip the in-process questions (their naive paths take minutes at 2 M rows). */
  skipQuestions?: boolean;
  /** Also time the whole system over HTTP under load (`--http`), each phase this many seconds. */
  httpSeconds?: number | undefined;
  /**
   * First grow the nation's history by this many activities over 2019–2023 (the questions stay
   * on 2024): the growth check, e.g. a kept 2,000,000-activity nation `--reuse`d with 8,000,000.
   */
  history?: number | undefined;
  /** Skip the import of a generated file into the nation (`sim-tpbis import activities`), which the nation then keeps. */
  skipImport?: boolean;
  /** PostgreSQL at this URL instead of a fresh embedded database: empty, or reused with `reuse`. */
  databaseUrl?: string | undefined;
}

/** The size of a file a province's office might bring in at once from paper reports, through the CLI. */
const importRows = 50_000;

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

/**
 * `sim-tpbis bench`: builds a synthetic nation on a fresh embedded database and prints, per
 * question, the fast path's median next to the naive path's, as a Markdown table.
 */
export async function benchCommand(options: BenchOptions): Promise<void> {
  const postgres = options.databaseUrl !== undefined;
  // On PostgreSQL `--reuse` names no folder: the nation is the database's; the folder holds only uploads.
  const dir = options.reuse && !postgres ? options.reuse : mkdtempSync(join(tmpdir(), 'sim-bench-'));
  const connection = connect({ dataDir: dir, databaseUrl: options.databaseUrl });
  const bar = new SingleBar({ format: '{stage} |{bar}| {value}/{total}', hideCursor: true }, Presets.shades_classic);
  try {
    const { db } = connection;
    await migrateToLatest(db);
    const existing = await nationSize(db);
    if (!options.reuse && existing.partners > 0) {
      throw new Error(`the database already holds ${existing.partners} partners: give an empty one, or --reuse to time its nation`);
    }
    let generated: Generated | undefined;
    if (!options.reuse) {
      await loadRegions(db);
      await ensureDefaultProfile(db, new Date());
      generated = await generateNation(db, options, stagesOn(bar));
      bar.stop();
    }
    let grown: Awaited<ReturnType<typeof growHistory>> | undefined;
    if (options.history) {
      grown = await growHistory(db, options.history, stagesOn(bar));
      bar.stop();
    }
    // A reused or grown nation is whatever size it now is, not the options' defaults.
    const size = options.reuse || grown ? { ...options, ...(await nationSize(db)) } : options;
    const code = await busiestProvince(db);
    const row = await findRegion(db, code);
    const province = { code, name: row?.name ?? code, level: RegionLevel.parse(row?.level ?? 'provinsi') };
    const range = { from: '2024-01-01', to: '2024-09-25' };
    // Answered as the server answers them: on SQLite, a whole province is scored in the score thread.
    const thread =
      connection.dialect === 'sqlite' ? offloadScoring(db, (error) => console.error(`score thread: ${error.message}`)) : undefined;
    let rows: BenchRow[] = [];
    let sweep: FirstViewSweep | undefined;
    try {
      if (!options.skipQuestions) {
        rows = await benchQuestions(db, province, range, options.runs);
        sweep = await benchFirstViews(db, province);
      }
    } finally {
      await thread?.close();
    }
    const cut = await benchCutDays(db, code, range, options.runs);
    const exports = options.skipExports
      ? []
      : await benchExports(connection, { dataDir: dir, databaseUrl: options.databaseUrl }, ['csv', 'xlsx']);
    const http = options.httpSeconds
      ? await benchHttp(connection, { dataDir: dir, databaseUrl: options.databaseUrl, province: code, range, seconds: options.httpSeconds })
      : null;
    // Last: the imported activities stay in the nation, and the timings above are of the nation as built.
    const imported = options.skipImport
      ? null
      : await benchImport({ dataDir: dir, databaseUrl: options.databaseUrl, region: code, rows: importRows });
    printReport(size, generated, rows, range, connection.dialect);
    if (grown && options.history)
      console.log(
        `History grown by ${options.history.toLocaleString('en')} activities of 2019–2023 in ${(grown.activitiesMs / 1000).toFixed(1)} s, rollups rebuilt in ${(grown.rollupsMs / 1000).toFixed(1)} s`,
      );
    if (sweep) {
      const naive = rows.find((r) => r.query.startsWith('province dashboard'))?.naive.medianMs ?? 0;
      const { ranges, medianMs, p90Ms, maxMs } = sweep;
      console.log(
        `\nFirst views of ${province.name}'s dashboard, ${ranges} ranges ending on each day of September 2024: ${fmt(medianMs)} ms median (p90 ${fmt(p90Ms)}, max ${fmt(maxMs)}); naive ÷ median ${(naive / medianMs).toFixed(1)}×`,
      );
    }
    console.log(
      `\nCut days ${range.to.slice(0, 7)}-01..${range.to} of ${province.name} from the activities: ${fmt(cut.medianMs)} ms median (p90 ${fmt(cut.p90Ms)}), ${cut.rows.toLocaleString('en')} partner × strategy rows`,
    );
    if (exports.length) printExports(exports);
    if (http) printHttp(http, province.name, options.httpSeconds ?? 0);
    if (imported) printImport(imported, province.name, connection.dialect);
  } finally {
    await connection.close();
    if (postgres) rmSync(dir, { recursive: true, force: true });
    else if (options.reuse) console.log(`database reused from ${dir}`);
    else if (!options.keep) rmSync(dir, { recursive: true, force: true });
    else console.log(`database kept in ${dir}`);
  }
}

/** Progress of a staged generation on one bar, restarted for each stage. */
function stagesOn(bar: SingleBar): (stage: string, done: number, total: number) => void {
  let current = '';
  return (stage, done, total) => {
    if (stage !== current) {
      if (current) bar.stop();
      current = stage;
      bar.start(total, done, { stage: stage.padEnd(10) });
    }
    bar.update(done, { stage: stage.padEnd(10) });
  };
}

interface Generated {
  partnersMs: number;
  activitiesMs: number;
  rollupsMs: number;
}

function printReport(
  options: BenchOptions,
  g: Generated | undefined,
  rows: BenchRow[],
  range: { from: string; to: string },
  dialect: string,
): void {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `\nSIM TPBIS benchmark — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${dialect === 'postgres' ? 'PostgreSQL' : 'SQLite (embedded)'}`,
  );
  console.log(
    `Data: ${options.partners.toLocaleString('en')} partners, ${options.activities.toLocaleString('en')} activities, range ${range.from}..${range.to}, ${options.runs} runs per timing\n`,
  );
  if (g) printGeneration(options, g);
  if (rows.length === 0) return;
  console.log(
    '| question | warm median (p90) | right after a write, median (p90) | first view, median (p90) | naive median | naive ÷ warm | naive ÷ after write | naive ÷ first view |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.query} | ${fmt(r.warm.medianMs)} ms (${fmt(r.warm.p90Ms)}) | ${fmt(r.afterWrite.medianMs)} ms (${fmt(r.afterWrite.p90Ms)}) | ${fmt(r.firstView.medianMs)} ms (${fmt(r.firstView.p90Ms)}) | ${fmt(r.naive.medianMs)} ms | ${Math.round(r.naive.medianMs / r.warm.medianMs)}× | ${(r.naive.medianMs / r.afterWrite.medianMs).toFixed(1)}× | ${(r.naive.medianMs / r.firstView.medianMs).toFixed(1)}× |`,
    );
  }
}

function printGeneration(options: BenchOptions, g: Generated): void {
  console.log('| generation | time | rate |');
  console.log('|---|---:|---:|');
  console.log(
    `| partners | ${(g.partnersMs / 1000).toFixed(1)} s | ${Math.round(options.partners / (g.partnersMs / 1000)).toLocaleString('en')} rows/s |`,
  );
  console.log(
    `| activities | ${(g.activitiesMs / 1000).toFixed(1)} s | ${Math.round(options.activities / (g.activitiesMs / 1000)).toLocaleString('en')} rows/s |`,
  );
  console.log(`| rollups rebuilt | ${(g.rollupsMs / 1000).toFixed(1)} s | |\n`);
}

function printExports(rows: ExportBenchRow[]): void {
  console.log('\nThe server in its own process (`sim-tpbis serve`); stall, heap and RSS are its own:\n');
  console.log(
    '| national activities export | rows | file | time | rate | server CPU | max event-loop stall (CPU in it) | most CPU between 10 ms ticks | /api/health p99 / max (checks) | max GC pause | heap used start → max | RSS growth | load 1 min start → end |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.format.toUpperCase()} | ${r.rows.toLocaleString('en')} | ${(r.bytes / 2 ** 20).toFixed(1)} MB | ${(r.ms / 1000).toFixed(1)} s | ${Math.round(r.rows / (r.ms / 1000)).toLocaleString('en')} rows/s | ${r.serverCpuS.toFixed(1)} s | ${fmt(r.maxStallMs)} ms (${fmt(r.server.maxTickWallCpuMs)} ms) | ${fmt(r.server.maxTickCpuMs)} ms | ${fmt(r.health.p99)} / ${fmt(r.health.max)} ms (${r.health.n}) | ${fmt(r.server.maxGcMs)} ms | ${r.server.heapUsedAtStartMb.toFixed(0)} → ${r.server.maxHeapUsedMb.toFixed(0)} MB | ${r.rssGrowthMb.toFixed(0)} MB | ${r.load[0].toFixed(2)} → ${r.load[1].toFixed(2)} |`,
    );
  }
}

function printImport(r: ImportBenchRow, province: string, dialect: string): void {
  const perSecond = (ms: number) => Math.round(r.rows / (ms / 1000)).toLocaleString('en');
  console.log(
    `\nImport (\`sim-tpbis import activities\`, the CLI's path): a generated file of ${r.rows.toLocaleString('en')} activities over ${r.partners.toLocaleString('en')} libraries of ${province}, kept in the nation:\n`,
  );
  // PostgreSQL's own work is in its server's processes, not counted here.
  const cpu = dialect === 'postgres' ? 'CPU of the process (not the database server)' : 'CPU of the process';
  console.log(`| rows | created | time | rate | ${cpu} | rows per CPU second | load 1 min start → end |`);
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  console.log(
    `| ${r.rows.toLocaleString('en')} | ${r.created.toLocaleString('en')} | ${(r.ms / 1000).toFixed(1)} s | ${perSecond(r.ms)} rows/s | ${(r.cpuMs / 1000).toFixed(1)} s | ${perSecond(r.cpuMs)} | ${r.load[0].toFixed(2)} → ${r.load[1].toFixed(2)} |`,
  );
}

function printHttp(r: HttpBenchReport, province: string, seconds: number): void {
  console.log(`\nOver HTTP, the server in its own process, ${seconds} s per phase; reports (create + submit) into ${province}:\n`);
  // What each report cost in CPU, beside the rate: a busy neighbour on a shared machine moves the rate, not the cost.
  const database = r.throughput.some((t) => t.cpuPerReport.database !== undefined);
  console.log(`| writers | reports/s | p50 | p99 | server CPU per report |${database ? ' database CPU per report |' : ''}`);
  console.log(`|---|---:|---:|---:|---:|${database ? '---:|' : ''}`);
  const ms = (v: number | undefined) => (v === undefined ? '' : `${v.toFixed(2)} ms`);
  for (const t of r.throughput)
    console.log(
      `| ${t.clients} HTTP clients | ${t.perSecond.toFixed(0)} | ${fmt(t.latency.p50)} ms | ${fmt(t.latency.p99)} ms | ${ms(t.cpuPerReport.server)} |${database ? ` ${ms(t.cpuPerReport.database)} |` : ''}`,
    );
  console.log(`| the services in-process, 1 loop | ${r.rawPerSecond.toFixed(0)} | | | |${database ? ' |' : ''}`);
  const names = Object.keys(r.reads[0]?.questions ?? {});
  console.log(`\n| load | writer achieved | ${names.map((n) => `${n} p50 / p99`).join(' | ')} | /api/health p99 / max | server RSS |`);
  console.log(`|---|---:|${names.map(() => '---:|').join('')}---:|---:|`);
  for (const l of r.reads) {
    const cells = names.map((n) => {
      const s = l.questions[n];
      return s ? `${fmt(s.p50)} / ${fmt(s.p99)} ms` : '';
    });
    console.log(
      `| ${l.load} | ${l.writerPerSecond === null ? '' : `${l.writerPerSecond.toFixed(1)}/s`} | ${cells.join(' | ')} | ${fmt(l.health.p99)} / ${fmt(l.health.max)} ms | ${l.rssMb.toFixed(0)} MB |`,
    );
  }
  console.log(
    `\nServer RSS, every province's scores cached for the range: ${r.idleRssMb.toFixed(0)} MB right after the national recompute (the score thread still up), ${r.settledRssMb.toFixed(0)} MB at the end of the idle phase`,
  );
  console.log(
    `Reminder round for ${r.round.month}, before the server started: ${r.round.reminded.toLocaleString('en')} libraries reminded in ${(r.round.ms / 1000).toFixed(1)} s`,
  );
}
