import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '#server/app';
import { loadConfig } from '#server/config';
import { connect, type Connection } from '#server/db/connect';
import { testPassword } from '#test/app';
import { freshDatabase } from '#test/databases';
import { makeActivity, makePartner, makeUser } from '#test/factories';
import { photoUpload, smallJpeg } from './world';

/**
 * DESIGN.md's security baseline, on every kind of answer: the page, a static file, API JSON, an
 * error and a photo. A Content-Security-Policy with no inline script and `frame-ancestors 'none'`,
 * nosniff, a Referrer-Policy, and HSTS exactly when COOKIE_SECURE=1.
 */
interface Served {
  app: FastifyInstance;
  connection: Connection;
  close(): Promise<void>;
}

/** The whole app with a small built web app beside it, as `npm start` serves dist/web. */
async function serve(env: Record<string, string>): Promise<Served> {
  const database = await freshDatabase(inject('template'));
  const webRoot = mkdtempSync(join(tmpdir(), 'sim-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(
    join(webRoot, 'index.html'),
    '<!doctype html><html><head><title>SIM TPBIS</title></head><body><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>',
  );
  writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log("SIM TPBIS");\n');
  const config = loadConfig({ DATA_DIR: database.dataDir, LOG_LEVEL: 'silent', SIM_DEMO: '0', ...env });
  const connection = connect({ databaseUrl: database.databaseUrl, dataDir: database.dataDir, file: database.file });
  const app = await buildApp({ config, connection, logger: false, webRoot });
  await app.ready();
  return {
    app,
    connection,
    close: async () => {
      await app.close();
      await connection.close();
      await database.drop();
      rmSync(database.dataDir, { recursive: true, force: true });
      rmSync(webRoot, { recursive: true, force: true });
    },
  };
}

/** Every kind of answer the server gives, each named. */
async function answers(s: Served): Promise<Record<string, LightMyRequestResponse>> {
  const partner = await makePartner(s.connection.db, { regionCode: '19.05.06.2005' });
  const manager = await makeUser(s.connection.db, { role: 'pengelola', partnerId: partner.id });
  const login = await s.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: manager.username, password: testPassword },
  });
  const cookie = `sim_session=${login.cookies.find((c) => c.name === 'sim_session')?.value ?? ''}`;
  const csrf = login.json<{ csrfToken: string }>().csrfToken;
  const { id } = await makeActivity(s.connection.db, { partnerId: partner.id, reporterId: manager.id });
  const multipart = photoUpload(await smallJpeg());
  const upload = await s.app.inject({
    method: 'POST',
    url: `/api/activities/${id}/photos`,
    payload: multipart.payload,
    headers: { ...(multipart.headers as Record<string, string>), cookie, 'x-csrf-token': csrf },
  });
  const photo = upload.json<{ url: string; thumbnailUrl: string }>();
  const get = (url: string, withSession = true) => s.app.inject({ method: 'GET', url, headers: withSession ? { cookie } : {} });
  return {
    'the page': await get('/', false),
    'a client route reloaded': await get('/laporan/baru', false),
    'a static file': await get('/assets/app.js', false),
    'API JSON': await get('/api/auth/me'),
    'a login': login,
    'an upload': upload,
    'a 401': await get('/api/auth/me', false),
    'a 404 of the API': await get('/api/tidak-ada'),
    'a 400': await get('/api/activities?pageSize=kosong'),
    'a photo': await get(photo.url),
    'a thumbnail': await get(photo.thumbnailUrl),
  };
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [String(name).toLowerCase(), values]),
  );
}

const safeReferrerPolicies = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];

function headerProblems(name: string, res: LightMyRequestResponse, hsts: boolean): string[] {
  const problems: string[] = [];
  const csp = res.headers['content-security-policy'];
  if (typeof csp !== 'string') problems.push(`${name}: no Content-Security-Policy`);
  else {
    const d = directives(csp);
    const scripts = d.get('script-src') ?? d.get('default-src');
    if (!scripts) problems.push(`${name}: CSP names no script-src or default-src`);
    else if (scripts.includes("'unsafe-inline'") || scripts.includes('*'))
      problems.push(`${name}: CSP allows inline or any script: ${csp}`);
    if (d.get('frame-ancestors')?.join(' ') !== "'none'") problems.push(`${name}: CSP lacks frame-ancestors 'none': ${csp}`);
  }
  if (res.headers['x-content-type-options'] !== 'nosniff') problems.push(`${name}: no X-Content-Type-Options: nosniff`);
  const referrer = String(res.headers['referrer-policy'] ?? '');
  if (!referrer.split(',').some((p) => safeReferrerPolicies.includes(p.trim()))) problems.push(`${name}: Referrer-Policy "${referrer}"`);
  const sts = res.headers['strict-transport-security'];
  if (hsts) {
    const maxAge = Number(/max-age=(\d+)/.exec(String(sts ?? ''))?.[1] ?? 0);
    if (maxAge < 180 * 24 * 3600) problems.push(`${name}: HSTS missing or shorter than 180 days: ${String(sts)}`);
  } else if (sts !== undefined) problems.push(`${name}: HSTS sent though cookies are not secure (plain HTTP): ${String(sts)}`);
  return problems;
}

describe('security headers on every kind of answer', () => {
  let plain: Served;
  let secure: Served;
  beforeAll(async () => {
    plain = await serve({});
    secure = await serve({ COOKIE_SECURE: '1' });
  }, 60_000);
  afterAll(async () => {
    await plain.close();
    await secure.close();
  });

  it('the answers are what they claim to be', async () => {
    const a = await answers(plain);
    expect(a['the page']?.headers['content-type']).toMatch(/text\/html/);
    expect(a['a client route reloaded']?.body).toContain('id="root"');
    expect(a['API JSON']?.statusCode).toBe(200);
    expect(a['an upload']?.statusCode).toBe(201);
    expect([a['a 401']?.statusCode, a['a 404 of the API']?.statusCode, a['a 400']?.statusCode]).toEqual([401, 404, 400]);
    expect(a['a photo']?.headers['content-type']).toBe('image/jpeg');
  });

  it('over plain HTTP (COOKIE_SECURE unset): CSP without inline script, frame-ancestors none, nosniff, Referrer-Policy, no HSTS', async () => {
    const problems = Object.entries(await answers(plain)).flatMap(([name, res]) => headerProblems(name, res, false));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('behind TLS (COOKIE_SECURE=1): the same, and HSTS', async () => {
    const problems = Object.entries(await answers(secure)).flatMap(([name, res]) => headerProblems(name, res, true));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it("the web app's page carries no inline script for the CSP to block", () => {
    const page = readFileSync('src/web/index.html', 'utf8');
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [tag, attributes = '', body = ''] of scripts) {
      expect(attributes, tag).toMatch(/\bsrc=/);
      expect(body.trim(), tag).toBe('');
    }
    expect(page).not.toMatch(/\son[a-z]+=/i);
  });
});
