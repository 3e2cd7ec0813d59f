import { rmSync } from 'node:fs';
import type { LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '#test/app';
import { makeActivity, makePartner, makeUser } from '#test/factories';
import { fakeWebRoot } from '#test/web-root';

let t: TestApp;
let puput: Agent;
let photoUrl: string;
const web = fakeWebRoot();

beforeAll(async () => {
  t = await testApp({}, { webRoot: web.root });
  const partner = await makePartner(t.db, { regionCode: '19.05.06.2005', name: 'Perpusdes Puput' });
  const manager = await makeUser(t.db, { role: 'pengelola', partnerId: partner.id, username: 'puput' });
  puput = await t.login('puput');
  const { id } = await makeActivity(t.db, { partnerId: partner.id, reporterId: manager.id, title: 'Bedah buku' });
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .jpeg()
    .toBuffer();
  const boundary = '----simheaders';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
    jpeg,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await puput.request({
    method: 'POST',
    url: `/api/activities/${id}/photos`,
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  expect(res.statusCode, res.body).toBe(201);
  photoUrl = res.json<{ url: string }>().url;
});
afterAll(async () => {
  await t.close();
  rmSync(web.root, { recursive: true, force: true });
});

/** The policy as directive → sources, so a test reads what a browser would enforce. */
function policyOf(res: LightMyRequestResponse): Map<string, string[]> {
  const header = res.headers['content-security-policy'];
  expect(header, 'Content-Security-Policy').toBeTypeOf('string');
  const directives = String(header)
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((parts) => parts[0]);
  return new Map(directives.map(([name = '', ...sources]) => [name, sources]));
}

function expectBaseline(res: LightMyRequestResponse): void {
  const policy = policyOf(res);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  // No inline script, no eval, no inline style: only this origin's own files.
  expect(policy.get('script-src')).toEqual(["'self'"]);
  expect(policy.get('style-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  // Our photos, and the photo picker's blob: previews.
  expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['referrer-policy']).toBe('same-origin');
  // Plain HTTP by default (COOKIE_SECURE=0): telling the browser to insist on HTTPS would lock users out.
  expect(res.headers['strict-transport-security']).toBeUndefined();
  expect(policy.has('upgrade-insecure-requests')).toBe(false);
}

describe('security headers', () => {
  it('come with the page, at / and at any client route', async () => {
    for (const url of ['/', '/dasbor', '/mitra/12/rapor']) {
      const res = await t.anonymous().get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expectBaseline(res);
    }
  });

  it('come with API answers and static files', async () => {
    const api = await puput.get('/api/regions');
    expect(api.statusCode).toBe(200);
    expect(api.headers['content-type']).toMatch(/^application\/json/);
    expectBaseline(api);

    const bundle = await t.anonymous().get(web.bundlePath);
    expect(bundle.statusCode).toBe(200);
    expectBaseline(bundle);
  });

  it('come with errors: unknown route, no session, bad input, malformed JSON', async () => {
    const anonymous = t.anonymous();
    const answers = [
      [await anonymous.get('/api/no-such-thing'), 404],
      [await anonymous.get('/api/regions'), 401],
      [await puput.get('/api/regions/not-a-code'), 400],
      [
        await anonymous.request({
          method: 'POST',
          url: '/api/auth/login',
          payload: '{"username":',
          headers: { 'content-type': 'application/json' },
        }),
        400,
      ],
    ] as const;
    for (const [res, status] of answers) {
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json<{ error: { code: string } }>().error.code).toBeTypeOf('string');
      expectBaseline(res);
    }
  });

  it('come with a photo, which is never sniffed as anything but a JPEG', async () => {
    const res = await puput.get(photoUrl);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expectBaseline(res);
  });
});

describe('behind HTTPS (COOKIE_SECURE=1)', () => {
  it('adds HSTS and upgrades insecure requests, on pages and on the API', async () => {
    const secure = await testApp({ COOKIE_SECURE: '1' }, { webRoot: web.root });
    try {
      for (const url of ['/', '/api/health']) {
        const res = await secure.anonymous().get(url);
        expect(res.statusCode).toBe(200);
        expect(res.headers['strict-transport-security']).toBe('max-age=31536000');
        expect(policyOf(res).has('upgrade-insecure-requests')).toBe(true);
        expect(res.headers['x-content-type-options']).toBe('nosniff');
      }
    } finally {
      await secure.close();
    }
  });
});
