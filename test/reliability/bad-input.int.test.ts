import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { testApp, type Agent } from '#test/app';
import { authorizationCases, type CaseRequest } from './authorization.cases';
import { applyMutations, describeRequest, edgeCases, mutationArbitrary, shapeOf, type EdgeCase } from './payloads';
import { registeredApiRoutes, type RegisteredRoute } from './routes';
import { changesBetween, describeChanges, regionCount, rowsTouched, snapshot, TableWatcher } from './snapshot';
import { printSummary } from './summary';
import { buildWorld } from './world';

vi.mock('fastify', async (real) => (await import('#test/reliability/routes')).reportingRoutes(await real()));

/**
 * Bad input on every route: generated from each route's own schemas (see payloads.ts), sent by
 * the national office so that no permission stops a request before its input is read. Every
 * answer must be a 4xx in the API's error shape or a success, never a 5xx, and a refused
 * request must leave every row as it was.
 *
 * FUZZ_SEED replays a run; FUZZ_RUNS sets the random cases per route (edge cases come on top).
 */
const seed = Number(process.env.FUZZ_SEED ?? 20240928);
const runsPerRoute = Number(process.env.FUZZ_RUNS ?? 40);

// Built at collection time, so each route the app registers gets its own test, new ones included.
const t = await testApp();
const w = await buildWorld(t);
// A HEAD takes no input to mutate; its GET twin is fuzzed.
const routes = registeredApiRoutes().filter((r) => r.method !== 'HEAD');
const regionsAtStart = await regionCount(t.connection);

const figures = {
  seed,
  routes: routes.length,
  cases: 0,
  accepted: 0,
  refused: 0,
  serverErrors: 0,
  badErrorShape: 0,
  rowsChangedByRefusals: 0,
  notRefusedAsRequired: 0,
  noOpEditsThatWrote: 0,
};
afterAll(async () => {
  printSummary('bad-input', figures);
  await t.close();
});

/** A failed login is meant to be counted: that row changing is the throttle working. */
const meantToChange: Record<string, string[]> = { 'POST /api/auth/login': ['login_throttle'] };
const writes = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A request the route accepts: the national office's in-scope case of the authorization matrix, else the bare route. */
async function acceptedRequest(route: RegisteredRoute): Promise<CaseRequest> {
  const c = authorizationCases[route.key];
  if (c) return c.request({ w, who: 'admin_pusat', scope: 'in', partner: w.partners.home, region: '19.05' });
  return { method: route.method, url: route.url.replace(/:[^/]+/g, '1'), ...(writes.has(route.method) ? { payload: {} } : {}) };
}

const hashOf = (text: string) => [...text].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) | 0, 0);

function namesField(status: number, body: string, field: string): boolean {
  if (status !== 400) return false;
  const details = (JSON.parse(body) as { error?: { details?: { field?: string }[] } }).error?.details ?? [];
  const top = field.split('.')[0] ?? field;
  return details.some((d) => d.field === field || (field.includes('.') && (d.field === top || d.field?.startsWith(`${top}.`))));
}

function errorShapeProblem(body: string): string | null {
  try {
    const error = (JSON.parse(body) as { error?: { code?: unknown; message?: unknown } }).error;
    return typeof error?.code === 'string' && typeof error.message === 'string' ? null : 'not {error: {code, message}}';
  } catch {
    return 'not JSON';
  }
}

describe('bad input: no 5xx and no row changed by a refused request, on every route', () => {
  for (const route of routes) {
    it(route.key, async () => {
      const shape = shapeOf(route);
      const routeSeed = seed + hashOf(route.key);
      const generated = fc.sample(fc.array(mutationArbitrary(route, shape), { minLength: 1, maxLength: 3 }), {
        numRuns: runsPerRoute,
        seed: routeSeed,
      });
      const cases: EdgeCase[] = [...edgeCases(route, shape), ...generated.map((mutations) => ({ mutations }))];
      const ownSession = authorizationCases[route.key]?.ownSession === true;
      let agent: Agent | null = null;
      // A refused request changes nothing (that is asserted below), so the rows it aimed at serve the next case too.
      let base: CaseRequest | null = null;
      const watcher = new TableWatcher(t.connection, meantToChange[route.key]);
      const problems: string[] = [];
      for (const { mutations, refusedNaming } of cases) {
        agent ??= ownSession ? await w.freshAgent('admin_pusat') : w.agents.admin_pusat;
        base ??= await acceptedRequest(route);
        const request = applyMutations(base, mutations);
        const before = await watcher.current();
        const res = await agent.request(request);
        const changes = changesBetween(before, await watcher.current());
        figures.cases += 1;
        const what = `${res.statusCode} for ${describeRequest(request)}`;
        if (res.statusCode >= 500) {
          base = null;
          figures.serverErrors += 1;
          problems.push(`${what}\n    → ${res.body.slice(0, 200)}`);
        }
        if (refusedNaming !== undefined && !namesField(res.statusCode, res.body, refusedNaming)) {
          figures.notRefusedAsRequired += 1;
          problems.push(`${what}: must be refused with 400 naming "${refusedNaming}" — ${res.body.slice(0, 160)}`);
        }
        if (res.statusCode < 400) {
          figures.accepted += 1;
          // What it aimed at has changed (or is gone), and so may the session: the next case starts afresh.
          base = null;
          if (ownSession) agent = null;
          continue;
        }
        figures.refused += 1;
        const shapeProblem = errorShapeProblem(res.body);
        if (shapeProblem) {
          figures.badErrorShape += 1;
          problems.push(`${what}: answer is ${shapeProblem}: ${res.body.slice(0, 160)}`);
        }
        if (changes.length > 0) {
          figures.rowsChangedByRefusals += rowsTouched(changes);
          problems.push(`${what}: refused yet changed rows\n${describeChanges(changes)}`);
        }
      }
      const replay = `FUZZ_SEED=${seed} (route seed ${routeSeed}), ${cases.length} cases`;
      expect(problems, `${problems.length} problems, ${replay}:\n${problems.slice(0, 8).join('\n')}`).toEqual([]);
    });
  }
});

describe('an edit that changes nothing writes nothing', () => {
  for (const route of routes.filter((r) => r.method === 'PATCH')) {
    it(`${route.key} with {} leaves every row as it was`, async () => {
      const base = await acceptedRequest(route);
      const before = await snapshot(t.connection);
      const res = await w.agents.admin_pusat.request({ ...base, payload: {} });
      const changes = changesBetween(before, await snapshot(t.connection));
      figures.cases += 1;
      if (changes.length > 0) figures.noOpEditsThatWrote += 1;
      expect(res.statusCode, res.body).toBe(200);
      expect(changes, describeChanges(changes)).toEqual([]);
    });
  }
});

it('no request changed the official list of regions', async () => {
  expect(await regionCount(t.connection)).toBe(regionsAtStart);
});
