import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { Actor } from '#domain/permissions';
import type { Connection } from '#server/db/connect';
import { createActivity } from '#server/features/activities/service';
import { submitActivity } from '#server/features/activities/status';
import { hashPassword } from '#server/features/auth/passwords';
import { notifierFor } from '#server/features/notifications/service';
import { runMonthlyRound } from '#server/features/reminders/service';
import { createAccount } from '#server/features/users/accounts';
import { logIn, report, spread, timedGet, type Session } from './http-client';
import { databaseBackendPids, existingUsernames, villageLibrariesIn } from './repository';
import { cpuMsOf, freePort, rssMbOf } from './server-process';

const password = 'Bench-Http-Kopi-2026';

/**
 * The days reports are of, one after another: a library reports each activity of its own day, so
 * the writers' reports spread over the period as a province's do (all on one day, each answer's
 * duplicate check compared dozens of same-day titles no library writes).
 */
function reportDays(range: { from: string; to: string }): () => string {
  const days: string[] = [];
  for (let d = new Date(`${range.from}T00:00:00Z`); d <= new Date(`${range.to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10));
  }
  let n = 0;
  return () => days[n++ % days.length] ?? range.from;
}

export interface HttpBenchOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  province: string;
  range: { from: string; to: string };
  /** How long each phase runs. */
  seconds: number;
}

type Spread = ReturnType<typeof spread>;

export interface HttpBenchReport {
  throughput: { clients: number; perSecond: number; latency: Spread; cpuPerReport: CpuPerReport }[];
  rawPerSecond: number;
  reads: { load: string; writerPerSecond: number | null; questions: Record<string, Spread>; health: Spread; rssMb: number }[];
  idleRssMb: number;
  /** The same at the end of the idle phase: the score thread stopped, only the cached scores kept. */
  settledRssMb: number;
  /** The month's reminder round, run before the server starts: libraries reminded, and how long it took. */
  round: { month: string; reminded: number; ms: number };
}

/** The server as an operator runs it (`sim-tpbis serve`), in its own process, so its event loop is its own. */
async function startServer(options: HttpBenchOptions): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  // SIM_BENCH_SERVER_FLAGS: node flags for the server alone (`--cpu-prof`, which NODE_OPTIONS refuses).
  const flags = (process.env.SIM_BENCH_SERVER_FLAGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    env: {
      ...process.env,
      DATA_DIR: options.dataDir,
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      HOST: '127.0.0.1',
      PORT: String(port),
      SIM_DEMO: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, child };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
}

/** The accounts the bench logs in as: the national office and one manager per reporting library. */
async function ensureAccounts(
  connection: Connection,
  province: string,
  managers: number,
): Promise<{ username: string; partnerId: number }[]> {
  const hash = await hashPassword(password);
  const libraries = await villageLibrariesIn(connection.db, province, managers);
  const wanted = [{ username: 'bench-pusat', partnerId: 0 }, ...libraries.map((l) => ({ username: `bench-mgr-${l.id}`, partnerId: l.id }))];
  const existing = await existingUsernames(
    connection.db,
    wanted.map((w) => w.username),
  );
  const now = new Date();
  for (const w of wanted) {
    if (existing.has(w.username)) continue;
    await createAccount(connection.db, {
      username: w.username,
      passwordHash: hash,
      displayName: w.username,
      now,
      ...(w.partnerId ? { role: 'pengelola' as const, partnerId: w.partnerId } : { role: 'admin_pusat' as const }),
    });
  }
  return wanted.slice(1);
}

/**
 * Seconds of each throughput phase not counted: from 16 clients a stream of reports starts the
 * answer thread (activities/answer-thread.ts, behind a deep queue), whose start under tsx takes
 * 0.6–0.8 s, and the phase times the stream, not that start.
 */
const warmUpSeconds = 2;

/**
 * CPU milliseconds a counted report cost the server, and on PostgreSQL the database's own
 * processes; undefined where the process is not this machine's to read. Steadier than the rate on
 * a shared machine: a neighbour's load slows the rate, not what each report costs.
 */
export interface CpuPerReport {
  server?: number | undefined;
  database?: number | undefined;
}

interface CpuSample {
  server: number | undefined;
  backends: Map<number, number | undefined> | null;
}

async function cpuSample(connection: Connection, serverPid: number): Promise<CpuSample> {
  const pids = connection.dialect === 'postgres' ? await databaseBackendPids(connection.db) : null;
  return { server: cpuMsOf(serverPid), backends: pids && new Map(pids.map((pid) => [pid, cpuMsOf(pid)])) };
}

function cpuPerReport(start: CpuSample, end: CpuSample, reports: number): CpuPerReport {
  if (reports === 0) return {};
  const server = start.server === undefined || end.server === undefined ? undefined : (end.server - start.server) / reports;
  if (!start.backends || !end.backends) return { server };
  let database: number | undefined = 0;
  for (const [pid, ms] of end.backends) {
    // A connection the pool opened during the phase spent all it has in it.
    const before = start.backends.has(pid) ? start.backends.get(pid) : 0;
    database = ms === undefined || before === undefined || database === undefined ? undefined : database + ms - before;
  }
  return { server, database: database === undefined ? undefined : database / reports };
}

/** Reports as fast as `clients` managers can, each waiting for its own answer, for a while. */
async function flatOut(
  base: string,
  writers: { session: Session; partnerId: number }[],
  seconds: number,
  day: () => string,
  sample: () => Promise<CpuSample>,
) {
  const latencies: number[] = [];
  const warm = performance.now() + warmUpSeconds * 1000;
  const atWarm = sleep(warmUpSeconds * 1000).then(sample);
  const until = warm + seconds * 1000;
  let started = Number.POSITIVE_INFINITY;
  await Promise.all(
    writers.map(async (w) => {
      while (performance.now() < until) {
        const sent = performance.now();
        const ms = await report(base, w.session, w.partnerId, day());
        if (sent < warm) continue;
        started = Math.min(started, sent);
        latencies.push(ms);
      }
    }),
  );
  const perSecond = latencies.length === 0 ? 0 : latencies.length / ((performance.now() - started) / 1000);
  const end = await sample();
  return { perSecond, latency: spread(latencies), cpuPerReport: cpuPerReport(await atWarm, end, latencies.length) };
}

/**
 * One writer paced at `rate` reports a second into the province, until told to stop; answers the
 * rate it achieved: the reports answered over the time until the last one was, so a phase's
 * writes never spill into the next one and a slow server's backlog counts against it.
 */
function pacedWriter(base: string, writers: { session: Session; partnerId: number }[], rate: number, day: () => string) {
  let stop = false;
  let sent = 0;
  let answered = 0;
  const inFlight = new Set<Promise<void>>();
  const started = performance.now();
  const running = (async () => {
    while (!stop) {
      const due = started + (sent * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      if (stop) return;
      const w = writers[sent % writers.length];
      if (!w) return;
      sent += 1;
      // Several in flight at once when the server is slow, as many phones would be.
      const one = report(base, w.session, w.partnerId, day()).then(
        () => void (answered += 1),
        (error: unknown) => console.error(error),
      );
      inFlight.add(one);
      void one.finally(() => inFlight.delete(one));
    }
  })();
  return async () => {
    stop = true;
    await running;
    await Promise.all(inFlight);
    return answered / ((performance.now() - started) / 1000);
  };
}

/**
 * The probe's code, plain JavaScript for a thread of its own: a stall of the bench's own event
 * loop (reading a national answer, pacing the writer) is not the server's, and must not be
 * counted as one. It asks on a kept-alive connection, as a monitor would.
 */
const probeCode = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const times = [];
let stop = false;
parentPort.on('message', () => (stop = true));
const ask = () => {
  if (stop) {
    parentPort.postMessage(times);
    parentPort.close();
    return;
  }
  const started = performance.now();
  http
    .get(workerData.url, { agent }, (res) => {
      res.resume();
      res.on('end', () => {
        if (res.statusCode === 200) times.push(performance.now() - started);
        setTimeout(ask, 50);
      });
    })
    .on('error', () => setTimeout(ask, 50));
};
ask();
`;

/** Asks `/api/health` every 50 ms until stopped: its slowest answers are the server's event-loop stalls. */
function healthProbe(base: string) {
  const worker = new Worker(probeCode, { eval: true, workerData: { url: `${base}/api/health` } });
  const answered = new Promise<number[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return async () => {
    worker.postMessage('stop');
    const times = await answered;
    await worker.terminate();
    return spread(times);
  };
}

/**
 * `sim-tpbis bench --http`: the whole system under load, over real HTTP against the server in
 * its own process. Reports/s at 1, 8, 16 and 32 clients next to the services' own loop; the
 * dashboards and a ranking page idle and while a writer streams 1, 5 and 20 reports/s into the
 * busiest province; `/api/health` as the stall detector; the server's resident memory.
 */
export async function benchHttp(connection: Connection, options: HttpBenchOptions): Promise<HttpBenchReport> {
  const managers = await ensureAccounts(connection, options.province, 32);
  // The server's own round comes a minute after it starts. Past the month's deadline day it would
  // remind the whole nation's silent libraries (100,000 transactions) in the middle of the phases,
  // and each day's figures would depend on the date: it is run, and timed, here first.
  const roundStarted = performance.now();
  const { month, reminded } = await runMonthlyRound(connection.db, notifierFor({ mail: false, clock: () => new Date() }), new Date());
  const round = { month, reminded, ms: performance.now() - roundStarted };
  const { base, child } = await startServer(options);
  try {
    const staff = await logIn(base, 'bench-pusat', password);
    const writers: { session: Session; partnerId: number }[] = [];
    for (const m of managers) writers.push({ session: await logIn(base, m.username, password), partnerId: m.partnerId });

    const period = `from=${options.range.from}&to=${options.range.to}`;
    const day = reportDays(options.range);
    const questions: Record<string, string> = {
      'province dashboard': `/api/dashboard?region=${options.province}&${period}`,
      'national dashboard': `/api/dashboard?${period}`,
      'ranking page': `/api/kpi/partners?region=${options.province}&${period}&page=1&pageSize=20`,
    };
    // Every province scored once, as after a morning of national views.
    for (const path of Object.values(questions)) await timedGet(base, path, staff);

    const readUnder = async (load: string, rate: number | null) => {
      const stopWriter = rate === null ? null : pacedWriter(base, writers, rate, day);
      const stopHealth = healthProbe(base);
      const times: Record<string, number[]> = Object.fromEntries(Object.keys(questions).map((q) => [q, []]));
      let rssMb = 0;
      const until = performance.now() + options.seconds * 1000;
      while (performance.now() < until) {
        for (const [name, path] of Object.entries(questions)) times[name]?.push(await timedGet(base, path, staff));
        rssMb = Math.max(rssMb, rssMbOf(child.pid ?? 0));
      }
      const writerPerSecond = stopWriter ? await stopWriter() : null;
      const health = await stopHealth();
      return { load, writerPerSecond, questions: Object.fromEntries(Object.entries(times).map(([q, t]) => [q, spread(t)])), health, rssMb };
    };

    const idleRssMb = rssMbOf(child.pid ?? 0);
    const reads = [await readUnder('idle', null)];
    // Ten seconds of cached answers later: the score thread (a second heap) stopped a second after the
    // recompute, and what is left is what keeping every province costs.
    const settledRssMb = rssMbOf(child.pid ?? 0);
    for (const rate of [1, 5, 20]) reads.push(await readUnder(`${rate} reports/s`, rate));

    const throughput = [];
    for (const clients of [1, 8, 16, 32])
      throughput.push({
        clients,
        ...(await flatOut(base, writers.slice(0, clients), options.seconds, day, () => cpuSample(connection, child.pid ?? 0))),
      });
    const rawPerSecond = await rawLoop(connection, managers, options.seconds, day);
    return { throughput, rawPerSecond, reads, idleRssMb, settledRssMb, round };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

/** The same reports through the services in this process, no HTTP: the database's own limit. */
async function rawLoop(
  connection: Connection,
  managers: { username: string; partnerId: number }[],
  seconds: number,
  day: () => string,
): Promise<number> {
  const manager = managers[0];
  if (!manager) return 0;
  const user = await connection.db.selectFrom('users').select('id').where('username', '=', manager.username).executeTakeFirstOrThrow();
  const actor: Actor = { id: user.id, role: 'pengelola', partnerId: manager.partnerId };
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  let n = 0;
  while (performance.now() < until) {
    const now = new Date();
    const { id } = await createActivity(
      connection.db,
      actor,
      {
        partnerId: manager.partnerId,
        strategy: 'pelibatan_masyarakat',
        title: `Bench langsung ${process.pid}-${n}`,
        date: day(),
        participantsMale: 6,
        participantsFemale: 9,
      },
      now,
    );
    await submitActivity(connection.db, actor, id, now);
    n += 1;
  }
  return n / ((performance.now() - started) / 1000);
}
