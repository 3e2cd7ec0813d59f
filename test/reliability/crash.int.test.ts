import { randomUUID } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect } from '#server/db/connect';
import { testPassword } from '#test/app';
import { freshDatabase } from '#test/databases';
import { makePartner, makeUser } from '#test/factories';
import { freePort, runCli, startServer, type ServerProcess } from './server';
import { printSummary } from './summary';

/**
 * Crash durability: the real server, under writes from several reporters at once, is killed with
 * SIGKILL several times and started again. Every report the server acknowledged (201, or the 200
 * of a retried clientId) must be there exactly once afterwards, every acknowledged submission
 * still submitted, and `rollup --check` must find the rollups equal to the activities.
 * Reporters behave like the web app's outbox: a request cut by the crash is sent again, with the
 * same clientId, once the server answers again.
 */
const kills = 4;
const reporterCount = 4;
/** Acknowledgements (creates and submits) between two kills: the kill comes when they are in, mid-traffic. */
const acksPerRound = 10;

let database: Awaited<ReturnType<typeof freshDatabase>>;
let env: Record<string, string>;
let server: ServerProcess | null = null;
const reporters: { username: string; partnerId: number }[] = [];

beforeAll(async () => {
  database = await freshDatabase(inject('template'));
  // `serve` opens DATA_DIR/sim-tpbis.db on SQLite, DATABASE_URL on PostgreSQL.
  if (database.file) renameSync(database.file, join(database.dataDir, 'sim-tpbis.db'));
  env = { DATA_DIR: database.dataDir, ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}) };
  const connection = connect({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
  // Two libraries with two reporters each, so concurrent writes meet on the same rollup rows.
  for (const region of ['19.05.06.2005', '19.06.04.2003']) {
    const partner = await makePartner(connection.db, { regionCode: region });
    for (let i = 0; i < reporterCount / 2; i++) {
      const { username } = await makeUser(connection.db, { role: 'pengelola', partnerId: partner.id });
      reporters.push({ username, partnerId: partner.id });
    }
  }
  await connection.close();
}, 60_000);

afterAll(async () => {
  await server?.kill();
  await database.drop();
  rmSync(database.dataDir, { recursive: true, force: true });
});

/** Where the server is, once it is up; closed while it is down, so reporters wait for it instead of spinning. */
class Gate {
  current!: Promise<string>;
  private openWith: (url: string) => void = () => undefined;
  constructor() {
    this.close();
  }
  close() {
    this.current = new Promise((resolve) => (this.openWith = resolve));
  }
  open(url: string) {
    this.openWith(url);
  }
}

/** A count that can be waited on. */
class Counter {
  value = 0;
  private waiters: { target: number; resolve: () => void }[] = [];
  add() {
    this.value += 1;
    this.waiters = this.waiters.filter((w) => (w.target <= this.value ? (w.resolve(), false) : true));
  }
  reach(target: number): Promise<void> {
    return target <= this.value ? Promise.resolve() : new Promise((resolve) => this.waiters.push({ target, resolve }));
  }
}

class Reporter {
  readonly created = new Map<string, number>();
  readonly submitted = new Set<string>();
  interrupted = 0;
  readonly unexpected: string[] = [];
  private cookie = '';
  private csrf = '';

  constructor(
    private readonly who: { username: string; partnerId: number },
    private readonly gate: Gate,
    private readonly acks: Counter,
  ) {}

  /** Sends until an answer arrives whole; a connection cut by a kill is retried once the server is back. */
  private async send(method: string, path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
    for (let attempt = 1; ; attempt++) {
      const url = await this.gate.current;
      try {
        const res = await fetch(url + path, {
          method,
          headers: { 'content-type': 'application/json', cookie: this.cookie, 'x-csrf-token': this.csrf },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(20_000),
        });
        const setCookie = res.headers.get('set-cookie');
        if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
        return { status: res.status, json: (await res.json()) as Record<string, unknown> };
      } catch (err) {
        this.interrupted += 1;
        if (attempt >= 100) throw err;
      }
    }
  }

  async login(): Promise<void> {
    const res = await this.send('POST', '/api/auth/login', { username: this.who.username, password: testPassword });
    if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
    this.csrf = String(res.json.csrfToken);
  }

  async run(keepGoing: () => boolean): Promise<void> {
    while (keepGoing()) {
      const clientId = randomUUID();
      const created = await this.send('POST', '/api/activities', {
        partnerId: this.who.partnerId,
        clientId,
        strategy: 'pelibatan_masyarakat',
        title: `Laporan ${clientId.slice(0, 8)}`,
        date: '2024-09-20',
        participantsMale: 3,
        participantsFemale: 5,
      });
      if (created.status !== 201 && created.status !== 200) {
        this.unexpected.push(`create ${created.status} ${JSON.stringify(created.json)}`);
        continue;
      }
      this.created.set(clientId, Number(created.json.id));
      this.acks.add();
      const submitted = await this.send('POST', `/api/activities/${String(created.json.id)}/submit`, {});
      // A 409 after a retry: the first attempt was committed, its answer lost in the crash; the end checks the status.
      if (submitted.status === 200 || submitted.status === 409) {
        this.submitted.add(clientId);
        this.acks.add();
      } else this.unexpected.push(`submit ${submitted.status} ${JSON.stringify(submitted.json)}`);
    }
  }
}

describe('crash durability', () => {
  it(`every acknowledged report survives ${kills} kill -9 rounds exactly once, and the rollups match`, async () => {
    const port = await freePort();
    const gate = new Gate();
    const acks = new Counter();
    const clients = reporters.map((r) => new Reporter(r, gate, acks));
    server = await startServer(env, port);
    gate.open(server.url);
    await Promise.all(clients.map((c) => c.login()));

    let stopping = false;
    const running = clients.map((c) => c.run(() => !stopping));
    for (let round = 1; round <= kills; round++) {
      await acks.reach(round * acksPerRound);
      gate.close();
      await server.kill();
      server = await startServer(env, port);
      gate.open(server.url);
    }
    // After the last restart, each reporter finishes the report it has in hand, then stops.
    stopping = true;
    await Promise.all(running);
    gate.close();
    await server.kill();
    server = null;

    const connection = connect({ databaseUrl: database.databaseUrl, dataDir: database.dataDir });
    const rows = await connection.db.selectFrom('activities').select(['client_id', 'status']).where('client_id', 'is not', null).execute();
    await connection.close();
    const byClientId = new Map<string, string[]>();
    for (const row of rows) byClientId.set(String(row.client_id), [...(byClientId.get(String(row.client_id)) ?? []), row.status]);

    const created = clients.flatMap((c) => [...c.created.keys()]);
    const submitted = clients.flatMap((c) => [...c.submitted]);
    const lost = created.filter((id) => !byClientId.has(id));
    const duplicates = [...byClientId].filter(([, statuses]) => statuses.length > 1).map(([id]) => id);
    const unsubmitted = submitted.filter((id) => byClientId.get(id)?.[0] !== 'submitted');
    const rollup = await runCli(['rollup', '--check'], env);

    printSummary('crash', {
      kills,
      acknowledgedReports: created.length,
      acknowledgedSubmits: submitted.length,
      requestsCutByKills: clients.reduce((n, c) => n + c.interrupted, 0),
      lost: lost.length,
      duplicates: duplicates.length,
      submitsLost: unsubmitted.length,
      rollupCheck: rollup.code === 0 ? 'match' : 'differ',
    });
    expect(clients.flatMap((c) => c.unexpected)).toEqual([]);
    expect(created.length).toBeGreaterThanOrEqual((kills * acksPerRound) / 2);
    expect(lost, 'acknowledged reports missing after the crashes').toEqual([]);
    expect(duplicates, 'clientIds stored more than once').toEqual([]);
    expect(unsubmitted, 'acknowledged submissions not submitted').toEqual([]);
    expect(rollup.code, rollup.output).toBe(0);
    expect(rollup.output).toMatch(/rollups match the activities/);
  }, 180_000);
});
