import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testApp, type TestApp } from '#test/app';
import { authorizationCases, expectedStatus } from './authorization.cases';
import { registeredApiRoutes } from './routes';
import { changesBetween, describeChanges, regionCount, rowsTouched, TableWatcher } from './snapshot';
import { printSummary } from './summary';
import { buildWorld, everyone, type Scope, type World } from './world';

vi.mock('fastify', async (real) => (await import('#test/reliability/routes')).reportingRoutes(await real()));

let t: TestApp;
let w: World;
let regionsAtStart: number;
let watcher: TableWatcher;
beforeAll(async () => {
  t = await testApp();
  w = await buildWorld(t);
  regionsAtStart = await regionCount(t.connection);
  watcher = new TableWatcher(t.connection);
}, 120_000);

const figures = { routes: 0, cases: 0, unexpectedStatus: 0, leaks: 0, rowsChangedByRefusals: 0, outOfScopeRowsChanged: 0 };
afterAll(async () => {
  printSummary('authorization', figures);
  await t.close();
});

const errorCodeOf: Record<number, string[]> = { 401: ['unauthenticated'], 403: ['forbidden', 'csrf'], 404: ['not_found'] };

/** What is wrong with one answer, or nothing. */
function refusalShapeProblem(res: LightMyRequestResponse): string | null {
  if (res.statusCode < 400) return null;
  let code: unknown;
  try {
    code = res.json<{ error?: { code?: unknown } }>().error?.code;
  } catch {
    return `not JSON: ${res.body.slice(0, 80)}`;
  }
  const allowed = errorCodeOf[res.statusCode];
  return allowed && !allowed.includes(String(code)) ? `error code ${String(code)}` : null;
}

describe('authorization matrix: every route × every role × inside and outside its scope', () => {
  it('every registered API route has a case, and every case a route', () => {
    const keys = registeredApiRoutes().map((r) => r.key);
    figures.routes = keys.length;
    const missing = keys.filter((k) => !(k in authorizationCases));
    expect(missing, 'routes with no case in test/reliability/authorization.cases.ts: add one').toEqual([]);
    expect(
      Object.keys(authorizationCases).filter((k) => !keys.includes(k)),
      'cases for routes the app no longer has',
    ).toEqual([]);
  });

  for (const [key, c] of Object.entries(authorizationCases)) {
    it(key, async () => {
      const problems: string[] = [];
      const scopes: Scope[] = c.unscoped ? ['in'] : ['in', 'out'];
      for (const who of everyone) {
        for (const scope of scopes) {
          const agent = c.ownSession ? await w.freshAgent(who) : w.agents[who];
          const options = await c.request({ w, who, scope, partner: w.partnerFor(who, scope), region: w.regionFor(who, scope) });
          const before = await watcher.current();
          const res = await agent.request(options);
          const changes = changesBetween(before, await watcher.current());
          const expected = expectedStatus(c.expect[who], scope);
          const label = `${who} ${c.unscoped ? '' : `${scope} scope `}${options.method} ${options.url}`;
          figures.cases += 1;
          if (res.statusCode !== expected) {
            figures.unexpectedStatus += 1;
            problems.push(`${label}: ${res.statusCode}, expected ${expected} — ${res.body.slice(0, 200)}`);
          }
          const shape = refusalShapeProblem(res);
          if (shape) problems.push(`${label}: refusal ${res.statusCode} has ${shape}`);
          const body = res.body.toLowerCase();
          const hidden = c.publicStories ? w.unpublishedHiddenFrom(who) : w.hiddenFrom(who);
          const leaked = hidden.filter((token) => body.includes(token));
          if (leaked.length > 0) {
            figures.leaks += 1;
            problems.push(`${label}: answer shows ${leaked.join(', ')}, outside the asker's scope`);
          }
          if (res.statusCode >= 400 && changes.length > 0) {
            figures.rowsChangedByRefusals += rowsTouched(changes);
            problems.push(`${label}: refused with ${res.statusCode} yet changed rows:\n${describeChanges(changes)}`);
          }
          const touchedOutside = changes.filter((ch) => w.hiddenFrom(who).some((token) => ch.row.toLowerCase().includes(token)));
          if (touchedOutside.length > 0) {
            figures.outOfScopeRowsChanged += rowsTouched(touchedOutside);
            problems.push(`${label}: changed rows outside the asker's scope:\n${describeChanges(touchedOutside)}`);
          }
        }
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }

  it('a logged-in write without its CSRF token is refused and changes nothing, on every write route', async () => {
    const problems: string[] = [];
    const writes = registeredApiRoutes().filter((r) => r.method !== 'GET' && r.access !== 'public');
    for (const route of writes) {
      const c = authorizationCases[route.key];
      if (!c) continue; // reported by the first test
      const agent = c.ownSession ? await w.freshAgent('admin_pusat') : w.agents.admin_pusat;
      const options = await c.request({ w, who: 'admin_pusat', scope: 'in', partner: w.partnerFor('admin_pusat', 'in'), region: '19.05' });
      const before = await watcher.current();
      const res = await agent.request({ ...options, csrf: false });
      const changes = changesBetween(before, await watcher.current());
      figures.cases += 1;
      if (res.statusCode !== 403 || res.json<{ error: { code: string } }>().error.code !== 'csrf') {
        figures.unexpectedStatus += 1;
        problems.push(`${route.key}: ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
      if (changes.length > 0) {
        figures.rowsChangedByRefusals += rowsTouched(changes);
        problems.push(`${route.key}: changed rows without a CSRF token:\n${describeChanges(changes)}`);
      }
    }
    expect(writes.length).toBeGreaterThan(10);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('an API token never writes: every write route refuses it with token_read_only and changes nothing', async () => {
    const problems: string[] = [];
    const created = await w.agents.admin_pusat.post('/api/tokens', { name: w.unique('Matriks') });
    const token = created.json<{ token: string }>().token;
    const writes = registeredApiRoutes().filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
    for (const route of writes) {
      const c = authorizationCases[route.key];
      if (!c) continue; // reported by the first test
      const options = await c.request({ w, who: 'admin_pusat', scope: 'in', partner: w.partnerFor('admin_pusat', 'in'), region: '19.05' });
      const before = await watcher.current();
      const res = await t.app.inject({
        ...options,
        method: options.method as 'POST',
        headers: { ...(options.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` },
      });
      // The token's lastUsedAt may move (at most once a minute); nothing else may.
      const changes = changesBetween(before, await watcher.current()).filter((ch) => ch.table !== 'api_tokens');
      figures.cases += 1;
      if (res.statusCode !== 403 || res.json<{ error: { code: string } }>().error.code !== 'token_read_only') {
        figures.unexpectedStatus += 1;
        problems.push(`${route.key}: ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
      if (changes.length > 0) {
        figures.rowsChangedByRefusals += rowsTouched(changes);
        problems.push(`${route.key}: changed rows with an API token:\n${describeChanges(changes)}`);
      }
    }
    expect(writes.length).toBeGreaterThan(10);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('no request changed the official list of regions', async () => {
    expect(await regionCount(t.connection)).toBe(regionsAtStart);
  });
});
