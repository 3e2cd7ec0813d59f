import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ExportFormat } from '#domain/exports';
import type { Connection } from '#server/db/connect';
import { hashPassword } from '#server/features/auth/passwords';
import { createAccount } from '#server/features/users/accounts';
import type { ProbeReport } from './export-probe';
import { logIn, spread, timedGet, type Session } from './http-client';
import { existingUsernames } from './repository';
import { freePort, rssMbOf } from './server-process';

export interface ExportBenchRow {
  format: ExportFormat;
  rows: number;
  bytes: number;
  ms: number;
  /** The longest the server's event loop was held up while the export ran (measured inside the server). */
  maxStallMs: number;
  /** `/api/health`, asked every 50 ms during the export over real HTTP: the stalls as another client sees them. */
  health: ReturnType<typeof spread>;
  /** Highest resident set size of the server process during the export, less the one just before it. */
  rssGrowthMb: number;
  /** The server's V8 heap and GC pauses, to tell garbage not yet collected from memory held. */
  server: ProbeReport;
  /** CPU seconds the server process used for the export. */
  serverCpuS: number;
  /** The machine's 1-minute load average at the start and at the end. */
  load: [number, number];
}

export interface ExportBenchOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
}

const username = 'bench-export';
const password = 'Bench-Export-Kopi-2026';

/**
 * Downloads the national activities export over real HTTP from the server in its own process
 * (`sim-tpbis serve`, as an operator runs it), as the national office would, while asking the
 * health route every 50 ms. The stall, the heap and the resident memory measured are the
 * server's alone: this process only reads the body and counts it.
 */
export async function benchExports(
  connection: Connection,
  options: ExportBenchOptions,
  formats: readonly ExportFormat[],
): Promise<ExportBenchRow[]> {
  // Its own account (the HTTP bench's national admin has another password), made once per nation.
  if (!(await existingUsernames(connection.db, [username])).has(username))
    await createAccount(connection.db, {
      username,
      passwordHash: await hashPassword(password),
      role: 'admin_pusat',
      displayName: 'Bench',
      now: new Date(),
    });
  const rows: ExportBenchRow[] = [];
  // A fresh server for each file: the resident memory one export leaves behind (V8 rarely hands
  // its heap back) would otherwise hide the next one's growth.
  for (const format of formats) {
    const server = await startServer(options);
    try {
      const session = await logIn(server.base, username, password);
      const list = await fetch(`${server.base}/api/activities?pageSize=1`, { headers: { cookie: session.cookie } });
      const { total } = (await list.json()) as { total: number };
      const row = await timeExport(server, session, format, total);
      if (format === 'csv' && row.rows !== total) throw new Error(`the CSV export has ${row.rows} rows, the list ${total}`);
      rows.push(row);
    } finally {
      await stopServer(server);
    }
  }
  return rows;
}

interface Server {
  base: string;
  child: ChildProcess;
  pid: number;
}

/**
 * `sim-tpbis serve` in a child process with the probe preloaded and an IPC channel to ask it.
 * `--expose-gc` only lets the probe collect once before each export, so every export starts
 * from the heap a quiet server keeps.
 */
async function startServer(options: ExportBenchOptions): Promise<Server> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: options.dataDir,
    HOST: '127.0.0.1',
    PORT: String(port),
    SIM_DEMO: '0',
    LOG_LEVEL: 'warn',
  };
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else delete env.DATABASE_URL;
  // SIM_BENCH_SERVER_FLAGS: node flags for the server alone (`--cpu-prof`, `--trace-gc`, a heap size), as in the HTTP bench.
  const flags = (process.env.SIM_BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
  const child = spawn(
    process.execPath,
    [...flags, '--expose-gc', '--import', 'tsx', '--import', './src/cli/bench/export-probe.ts', 'src/cli/main.ts', 'serve'],
    { env, stdio: ['ignore', flags.some((f) => f.startsWith('--trace-gc')) ? 'inherit' : 'ignore', 'inherit', 'ipc'] },
  );
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  // The server tries the monthly reminder round a minute after it starts; on a nation of millions
  // that round holds the event loop for seconds on its own (3.4 s at 2 M), so the export is timed after it.
  await sleep(Math.max(0, reminderRoundAfterMs + 5_000 - (performance.now() - started)));
  return { base, child, pid: child.pid ?? 0 };
}

/** When `sim-tpbis serve` first runs its reminder round (`dailyRound`'s default). */
const reminderRoundAfterMs = 60_000;

/** Closes the probe's channel (which keeps the child alive) and asks the server to shut down. */
async function stopServer(server: Server): Promise<void> {
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  if (server.child.connected) server.child.disconnect();
  server.child.kill('SIGTERM');
  await exited;
}

/** Sends the probe a word and waits for its answer. */
function ask<T>(child: ChildProcess, message: 'start' | 'stop'): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (answer) => resolve(answer as T));
    child.send(message);
  });
}

/** User plus system CPU seconds of a process so far (the kernel counts in ticks of 1/100 s). */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const load1 = () => loadavg()[0] ?? 0;

async function timeExport(server: Server, session: Session, format: ExportFormat, total: number): Promise<ExportBenchRow> {
  await ask(server.child, 'start');
  const rssBefore = rssMbOf(server.pid);
  const cpuBefore = cpuSecondsOf(server.pid);
  const loadBefore = load1();
  let rssMax = rssBefore;
  let done = false;
  const healthTimes: number[] = [];
  const health = (async () => {
    while (!done) {
      healthTimes.push(await timedGet(server.base, '/api/health'));
      rssMax = Math.max(rssMax, rssMbOf(server.pid));
      await sleep(50);
    }
  })();
  const started = performance.now();
  // No Accept-Encoding: the bytes counted are the file's.
  const res = await fetch(`${server.base}/api/activities/export?format=${format}`, {
    headers: { cookie: session.cookie, 'accept-encoding': 'identity' },
  });
  if (!res.ok || !res.body) throw new Error(`export ${format} failed: ${res.status}`);
  let bytes = 0;
  let newlines = 0;
  const reader = res.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    if (format === 'csv') {
      const buf = Buffer.from(chunk.value.buffer, chunk.value.byteOffset, chunk.value.byteLength);
      for (let at = buf.indexOf(10); at >= 0; at = buf.indexOf(10, at + 1)) newlines += 1;
    }
  }
  const ms = performance.now() - started;
  done = true;
  await health;
  rssMax = Math.max(rssMax, rssMbOf(server.pid));
  const report = await ask<ProbeReport>(server.child, 'stop');
  return {
    format,
    rows: format === 'csv' ? newlines - 1 : total,
    bytes,
    ms,
    maxStallMs: report.maxStallMs,
    health: spread(healthTimes),
    rssGrowthMb: rssMax - rssBefore,
    server: report,
    serverCpuS: cpuSecondsOf(server.pid) - cpuBefore,
    load: [loadBefore, load1()],
  };
}
