import { rmSync } from 'node:fs';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '#server/app';
import { loadConfig } from '#server/config';
import { connect, type Connection } from '#server/db/connect';
import type { Db } from '#server/db/database';
import { freshDatabase } from './databases';

/** A clock the test moves by hand, to expire sessions or throttles without waiting. */
export class TestClock {
  constructor(private current = new Date('2024-09-28T08:00:00Z')) {}
  now = () => new Date(this.current);
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  connection: Connection;
  clock: TestClock;
  /** Logs in and returns an agent that sends the session cookie and CSRF token. */
  login(username: string, password?: string): Promise<Agent>;
  /** An agent with no session. */
  anonymous(): Agent;
  /** A second instance of the app on the same database (its own connection and clock), as behind a load balancer; closed with this one. */
  twin(): Promise<FastifyInstance>;
  close(): Promise<void>;
}

export const testPassword = 'test-password-1';

export class Agent {
  constructor(
    private readonly app: FastifyInstance,
    readonly cookie: string | null,
    readonly csrfToken: string | null,
  ) {}

  request(options: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...(options.headers as Record<string, string> | undefined) };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && options.csrf !== false) headers['x-csrf-token'] = this.csrfToken;
    const { csrf: _csrf, ...rest } = options;
    return this.app.inject({ ...rest, headers });
  }

  get = (url: string) => this.request({ method: 'GET', url });
  post = (url: string, payload?: unknown) => this.request({ method: 'POST', url, payload: payload as InjectOptions['payload'] });
  patch = (url: string, payload?: unknown) => this.request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] });
  delete = (url: string) => this.request({ method: 'DELETE', url });
}

/** Builds the whole app in-process on a fresh copy of the run's template database; no web app unless `webRoot` names one. */
export async function testApp(
  env: Record<string, string> = {},
  options: { webRoot?: string; logStream?: { write(line: string): void } } = {},
): Promise<TestApp> {
  const database = await freshDatabase(inject('template'));
  const config = loadConfig({ DATA_DIR: database.dataDir, LOG_LEVEL: 'silent', SIM_DEMO: '0', ...env });
  const connection = connect({ databaseUrl: database.databaseUrl, dataDir: database.dataDir, file: database.file });
  const clock = new TestClock();
  const app = await buildApp({
    config,
    connection,
    clock: clock.now,
    // A test that reads the log passes a stream (and LOG_LEVEL); the others keep quiet.
    ...(options.logStream ? { logStream: options.logStream } : { logger: false }),
    webRoot: options.webRoot ?? '/nonexistent',
  });
  await app.ready();

  const login = async (username: string, password = testPassword) => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'sim_session');
    return new Agent(app, `sim_session=${cookie?.value ?? ''}`, res.json<{ csrfToken: string }>().csrfToken);
  };

  const twins: { app: FastifyInstance; connection: Connection }[] = [];
  const twin = async () => {
    const second = connect({ databaseUrl: database.databaseUrl, dataDir: database.dataDir, file: database.file });
    const other = await buildApp({
      config,
      connection: second,
      clock: clock.now,
      logger: false,
      webRoot: options.webRoot ?? '/nonexistent',
    });
    await other.ready();
    twins.push({ app: other, connection: second });
    return other;
  };

  return {
    app,
    db: connection.db,
    connection,
    clock,
    login,
    anonymous: () => new Agent(app, null, null),
    twin,
    close: async () => {
      for (const other of twins) {
        await other.app.close();
        await other.connection.close();
      }
      await app.close();
      await connection.close();
      await database.drop();
      rmSync(database.dataDir, { recursive: true, force: true });
    },
  };
}
