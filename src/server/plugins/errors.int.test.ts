import { connect as connectSocket } from 'node:net';
import Fastify from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '#test/app';
import { makeActivity, makePartner, makeUser } from '#test/factories';
import { registerErrorHandler } from './errors';

let t: TestApp;
let puput: Agent;
let draftId: number;
beforeAll(async () => {
  t = await testApp();
  const partner = await makePartner(t.db, { regionCode: '19.05.06.2005', name: 'Perpusdes Puput' });
  const manager = await makeUser(t.db, { role: 'pengelola', partnerId: partner.id, username: 'puput' });
  draftId = (await makeActivity(t.db, { partnerId: partner.id, reporterId: manager.id })).id;
  puput = await t.login('puput');
});
afterAll(() => t.close());

type ErrorBody = { error: { code: string; message: string; details?: { field: string; issue: string }[] } };

/** Every refusal leaves as `{ error: { code, message } }` with a 4xx status. */
function expectClientError(res: { statusCode: number; json: <T>() => T }, status = 400) {
  expect(res.statusCode).toBe(status);
  const body = res.json<ErrorBody>();
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error).toMatchObject({ code: expect.any(String) as string, message: expect.any(String) as string });
  return body.error;
}

const photoCount = async () =>
  Number(
    (
      await t.db
        .selectFrom('photos')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('malformed multipart on the photo endpoint', () => {
  const post = (contentType: string, payload: string | Buffer) =>
    puput.request({ method: 'POST', url: `/api/activities/${draftId}/photos`, headers: { 'content-type': contentType }, payload });
  const part = (boundary: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="foto.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`;

  it('answers 400 naming the field to a multipart content type without a boundary', async () => {
    const error = expectClientError(await post('multipart/form-data', 'anything'));
    expect(error.details).toEqual([expect.objectContaining({ field: 'photo', issue: 'malformed' })]);
  });

  it('answers 400 to a body that ends before its closing boundary, and stores nothing', async () => {
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3080c0' } })
      .jpeg()
      .toBuffer();
    const cut = Buffer.concat([Buffer.from(part('XYZ')), jpeg]);
    const error = expectClientError(await post('multipart/form-data; boundary=XYZ', cut));
    expect(error.details).toEqual([expect.objectContaining({ field: 'photo', issue: 'malformed' })]);
    // A header cut short is refused the same way.
    expectClientError(await post('multipart/form-data; boundary=XYZ', part('XYZ').slice(0, 60)));
    expect(await photoCount()).toBe(0);
    // The same file with its closing boundary is accepted: the refusals were about the body's shape.
    const whole = Buffer.concat([cut, Buffer.from('\r\n--XYZ--\r\n')]);
    expect((await post('multipart/form-data; boundary=XYZ', whole)).statusCode).toBe(201);
  });
});

describe('malformed requests outside any route', () => {
  it('answers a path that does not decode in the API error shape', async () => {
    const res = await puput.get('/api/regions/%zz');
    const error = expectClientError(res);
    expect(error.code).toBe('validation');
    // Answered before any hook runs, yet with the same protections as every other response.
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('answers a request that is not valid HTTP in the API error shape', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connectSocket(Number(port), '127.0.0.1', () =>
        socket.write('GET /api/about HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n'),
      );
      let data = '';
      socket.on('data', (chunk) => (data += chunk.toString()));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toEqual({
      error: { code: 'validation', message: 'the request is not valid HTTP' },
    });
  });
});

describe('text the database cannot store', () => {
  it('is a 400, never a 500, should any reach the database past the schemas', async () => {
    // A bare app with the real error handler and a route that hands a NUL straight to the database.
    const bare = Fastify({ logger: false });
    registerErrorHandler(bare);
    bare.get('/probe', async () => {
      await t.db.selectFrom('regions').select('code').where('name', '=', 'Puput\u0000').execute();
      return { stored: true };
    });
    const res = await bare.inject({ method: 'GET', url: '/probe' });
    await bare.close();
    // SQLite stores NUL; PostgreSQL refuses it (22021), which must stay a client error.
    if (t.connection.dialect === 'postgres') expectClientError(res);
    else expect(res.statusCode).toBe(200);
  });
});
