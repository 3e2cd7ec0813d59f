import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ExportFormat } from '#domain/exports';
import { buildApp } from '#server/app';
import type { Config } from '#server/config';
import type { Connection } from '#server/db/connect';
import { hashPassword } from '#server/features/auth/passwords';
import { createAccount } from '#server/features/users/accounts';

export interface ExportBenchRow {
  format: ExportFormat;
  rows: number;
  bytes: number;
  ms: number;
  /** The longest the event loop was held up while the export ran. */
  maxStallMs: number;
  /** The slowest answer to `/api/health`, asked every 50 ms during the export, over real HTTP. */
  maxHealthMs: number;
  healthChecks: number;
  /** Highest resident set size during the export, less the one just before it. */
  rssGrowthMb: number;
}

const password = 'Bench-Export-Kopi-2026';

/**
 * Downloads the national activities export over real HTTP from the app serving the bench's
 * database, as the national office would, while asking the health route every 50 ms: the
 * export must not hold up other requests (event-loop stall) nor fill the server's memory (RSS).
 * Client and server share the process, so the stall measured includes the client's reading.
 */
export async function benchExports(connection: Connection, config: Config, formats: readonly ExportFormat[]): Promise<ExportBenchRow[]> {
  await createAccount(connection.db, {
    username: 'bench-pusat',
    passwordHash: await hashPassword(password),
    role: 'admin_pusat',
    displayName: 'Bench',
    now: new Date(),
  });
  const app = await buildApp({ config, connection, logger: false, webRoot: '/nonexistent' });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  try {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bench-pusat', password }),
    });
    if (!login.ok) throw new Error(`bench login failed: ${login.status}`);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const list = await fetch(`${base}/api/activities?pageSize=1`, { headers: { cookie } });
    const { total } = (await list.json()) as { total: number };
    const rows: ExportBenchRow[] = [];
    for (const format of formats) {
      const row = await timeExport(base, cookie, format, total);
      if (format === 'csv' && row.rows !== total) throw new Error(`the CSV export has ${row.rows} rows, the list ${total}`);
      rows.push(row);
    }
    return rows;
  } finally {
    await app.close();
  }
}

async function timeExport(base: string, cookie: string, format: ExportFormat, total: number): Promise<ExportBenchRow> {
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let rssMax = rssBefore;
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  let done = false;
  let maxHealthMs = 0;
  let healthChecks = 0;
  const health = (async () => {
    while (!done) {
      const started = performance.now();
      await (await fetch(`${base}/api/health`)).arrayBuffer();
      maxHealthMs = Math.max(maxHealthMs, performance.now() - started);
      healthChecks += 1;
      rssMax = Math.max(rssMax, process.memoryUsage().rss);
      await sleep(50);
    }
  })();
  stalls.enable();
  const started = performance.now();
  // No Accept-Encoding: the bytes counted are the file's.
  const res = await fetch(`${base}/api/activities/export?format=${format}`, { headers: { cookie, 'accept-encoding': 'identity' } });
  if (!res.ok || !res.body) throw new Error(`export ${format} failed: ${res.status}`);
  let bytes = 0;
  let newlines = 0;
  const reader = res.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    if (format === 'csv') for (const byte of chunk.value) if (byte === 10) newlines += 1;
  }
  const ms = performance.now() - started;
  stalls.disable();
  done = true;
  await health;
  rssMax = Math.max(rssMax, process.memoryUsage().rss);
  return {
    format,
    rows: format === 'csv' ? newlines - 1 : total,
    bytes,
    ms,
    maxStallMs: stalls.max / 1e6,
    maxHealthMs,
    healthChecks,
    rssGrowthMb: (rssMax - rssBefore) / 2 ** 20,
  };
}
