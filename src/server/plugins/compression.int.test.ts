import { rmSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '#test/app';
import { makeActivity, makePartner, makeUser } from '#test/factories';
import { fakeWebRoot } from '#test/web-root';
import { compressionOptions } from './compression';

let t: TestApp;
let puput: Agent;
const web = fakeWebRoot();

beforeAll(async () => {
  t = await testApp({}, { webRoot: web.root });
  const partner = await makePartner(t.db, { regionCode: '19.05.06.2005', name: 'Perpusdes Puput' });
  await makeUser(t.db, { role: 'pengelola', partnerId: partner.id, username: 'puput' });
  puput = await t.login('puput');
});
afterAll(async () => {
  await t.close();
  rmSync(web.root, { recursive: true, force: true });
});

const bundle = (acceptEncoding?: string) =>
  t.anonymous().request({ method: 'GET', url: web.bundlePath, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('the web app’s files, compressed at build time', () => {
  it('are sent as brotli to a browser that accepts it, gzip to one that does not, plain to the rest', async () => {
    const br = await bundle('gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.rawPayload.length).toBeLessThan(web.bundle.length / 4);
    expect(brotliDecompressSync(br.rawPayload).equals(web.bundle)).toBe(true);
    // The build's own file, not one compressed again on each request.
    expect(br.rawPayload.equals(web.bundleBr)).toBe(true);

    const gzip = await bundle('gzip, deflate');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).equals(web.bundle)).toBe(true);
    expect(gzip.rawPayload.equals(web.bundleGz)).toBe(true);

    const plain = await bundle();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.equals(web.bundle)).toBe(true);

    // A cache between the server and the phones keeps the three apart, and keeps the bundle for good.
    for (const res of [br, gzip, plain]) {
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('are not compressed a second time on the way out', async () => {
    // Compressing the .br again would leave the browser with bytes it cannot read.
    const br = await bundle('br');
    expect(brotliDecompressSync(br.rawPayload).equals(web.bundle)).toBe(true);
    const page = await t.anonymous().request({ method: 'GET', url: '/kegiatan', headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(page.rawPayload).toString()).toContain('<div id="root">');
  });
});

describe('API answers', () => {
  it('compresses a large JSON answer with the encoding the client accepts', async () => {
    const manager = await t.db.selectFrom('users').select(['id', 'partner_id']).where('username', '=', 'puput').executeTakeFirstOrThrow();
    for (let i = 0; i < 20; i++) {
      await makeActivity(t.db, { partnerId: Number(manager.partner_id), reporterId: manager.id, title: `Kelas membaca ${i}` });
    }
    const list = '/api/activities?pageSize=50';
    const plain = await puput.get(list);
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(compressionOptions.threshold ?? 0);

    for (const [encoding, decode] of [
      ['br', brotliDecompressSync],
      ['gzip', gunzipSync],
    ] as const) {
      const res = await puput.request({ method: 'GET', url: list, headers: { 'accept-encoding': encoding } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
      expect(JSON.parse(decode(res.rawPayload).toString())).toEqual(plain.json());
    }
  });

  it('leaves small answers and photos as they are, and still streams the photo whole', async () => {
    const small = await puput.request({ method: 'GET', url: '/api/health', headers: { 'accept-encoding': 'br, gzip' } });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json()).toEqual({ ok: true });

    const manager = await t.db.selectFrom('users').select(['id', 'partner_id']).where('username', '=', 'puput').executeTakeFirstOrThrow();
    const { id } = await makeActivity(t.db, { partnerId: Number(manager.partner_id), reporterId: manager.id, title: 'Bedah buku' });
    // One activity's answer (~1 KB) reaches a phone in the first round trip compressed or not.
    const one = await puput.request({ method: 'GET', url: `/api/activities/${id}`, headers: { 'accept-encoding': 'br, gzip' } });
    expect(one.statusCode).toBe(200);
    expect(one.headers['content-encoding']).toBeUndefined();
    expect(one.json<{ title: string }>().title).toBe('Bedah buku');
    const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 10, g: 90, b: 160 } } })
      .jpeg()
      .toBuffer();
    const boundary = '----simcompress';
    const upload = await puput.request({
      method: 'POST',
      url: `/api/activities/${id}/photos`,
      payload: Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
        jpeg,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const { url, bytes } = upload.json<{ url: string; bytes: number }>();
    const photo = await puput.request({ method: 'GET', url, headers: { 'accept-encoding': 'br, gzip' } });
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-encoding']).toBeUndefined();
    expect(photo.rawPayload.length).toBe(bytes);
    expect((await sharp(photo.rawPayload).metadata()).format).toBe('jpeg');
  });
});
