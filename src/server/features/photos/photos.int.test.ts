import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { errorOf } from '#test/errors';
import { makeActivity } from '#test/factories';

let t: TestApp;
let puput: Agent;
let cendil: Agent;
let karolina: Agent;
let jakarta: Agent;
let puputPartner: { id: number };
let puputManagerId: number;
let photoDir: string;

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['karolina', 'jakarta'], managers: ['puput', 'cendil'] });
  ({ puput, cendil, karolina, jakarta } = cast.agents);
  puputPartner = cast.partners.puput;
  puputManagerId = cast.userIds.puput;
  photoDir = join(t.app.config.uploadDir, 'photos');
});
afterAll(() => t.close());

type PhotoBody = { id: number; url: string; thumbnailUrl: string; width: number; height: number; bytes: number };
type ActivityBody = { id: number; photoCount: number; photos: PhotoBody[]; history: { kind: string }[] };

/** A phone photo: large, with the camera make and the GPS position in its EXIF. */
const phonePhoto = () =>
  sharp({ create: { width: 3000, height: 2000, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Model X' },
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '2/1 0/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 0/1 0/1' },
    })
    .jpeg()
    .toBuffer();

function multipart(data: Buffer, filename = 'foto.jpg', type = 'image/jpeg', field = 'photo') {
  const boundary = `----sim${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
const upload = (agent: Agent, activityId: number, data: Buffer, filename?: string, type?: string, field?: string) =>
  agent.request({ method: 'POST', url: `/api/activities/${activityId}/photos`, ...multipart(data, filename, type, field) });
const filesOnDisk = () => (existsSync(photoDir) ? readdirSync(photoDir).sort() : []);
const newDraft = () => makeActivity(t.db, { partnerId: puputPartner.id, reporterId: puputManagerId, title: 'Storytelling di taman baca' });

describe('evidence photos', () => {
  it('re-encodes a phone photo to a JPEG of at most 1600 px, strips EXIF and GPS, stores it under a generated name', async () => {
    const original = await phonePhoto();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const { id } = await newDraft();
    const res = await upload(puput, id, original, 'IMG_20240920_GPS.jpg');
    expect(res.statusCode, res.body).toBe(201);
    const photo = res.json<PhotoBody>();
    expect(photo).toMatchObject({ width: 1600, height: 1067, url: `/api/activities/${id}/photos/${photo.id}` });

    const served = await puput.get(photo.url);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    const meta = await sharp(served.rawPayload).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1600, height: 1067 });
    expect(meta.exif).toBeUndefined();
    expect(served.rawPayload.includes(Buffer.from('PhoneMaker'))).toBe(false);
    const thumb = await sharp((await puput.get(photo.thumbnailUrl)).rawPayload).metadata();
    expect(Math.max(thumb.width ?? 0, thumb.height ?? 0)).toBe(400);

    const files = filesOnDisk();
    expect(files).toHaveLength(2);
    expect(files.every((f) => /^[0-9a-f-]{36}(\.thumb)?\.jpg$/.test(f))).toBe(true);
    const activity = (await puput.get(`/api/activities/${id}`)).json<ActivityBody>();
    expect(activity.photoCount).toBe(1);
    expect(activity.photos.map((p) => p.id)).toEqual([photo.id]);
    expect(activity.history.at(-1)?.kind).toBe('photo_added');
  });

  it('accepts PNG, WebP and HEIF, keeping a small photo at its size', async () => {
    const { id } = await newDraft();
    const png = await sharp({ create: { width: 800, height: 600, channels: 4, background: '#ffcc00' } })
      .png()
      .toBuffer();
    const webp = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#00aa55' } })
      .webp()
      .toBuffer();
    const a = await upload(puput, id, png, 'poster.png', 'image/png');
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({ width: 800, height: 600 });
    expect((await upload(puput, id, webp, 'kegiatan.webp', 'image/webp')).statusCode).toBe(201);
    // HEIF container (what iPhones write); this build's image library decodes its AVIF flavour.
    const avif = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#aa0055' } })
      .avif()
      .toBuffer();
    expect((await upload(puput, id, avif, 'IMG_0001.heic', 'image/heic')).statusCode).toBe(201);
  });

  it('refuses a renamed executable, an SVG and a damaged image with 415, storing nothing', async () => {
    const { id } = await newDraft();
    const before = filesOnDisk();
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00'), randomBytes(4096)]);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    const damaged = (await phonePhoto()).subarray(0, 5000);
    for (const [data, name] of [
      [exe, 'foto.jpg'],
      [svg, 'foto.jpg'],
      [damaged, 'foto.jpg'],
    ] as const) {
      const res = await upload(puput, id, data, name);
      expect(res.statusCode, name).toBe(415);
      expect(errorOf(res).details?.[0]).toMatchObject({ field: 'photo', issue: 'not_an_image' });
    }
    expect(filesOnDisk()).toEqual(before);
    const activity = (await puput.get(`/api/activities/${id}`)).json<ActivityBody>();
    expect(activity.photoCount).toBe(0);
    expect(activity.photos).toEqual([]);
    expect(activity.history.map((h) => h.kind)).toEqual(['created']);
  });

  it('refuses a file over 10 MB with 413, storing nothing', async () => {
    const { id } = await newDraft();
    const before = filesOnDisk();
    const huge = Buffer.concat([await phonePhoto(), randomBytes(10 * 1024 * 1024)]);
    const res = await upload(puput, id, huge);
    expect(res.statusCode).toBe(413);
    expect(errorOf(res).details?.[0]).toMatchObject({ field: 'photo', issue: 'too_big', limit: 10 * 1024 * 1024 });
    expect(filesOnDisk()).toEqual(before);
    expect((await puput.get(`/api/activities/${id}`)).json<ActivityBody>().photoCount).toBe(0);
  });

  it('holds at most five photos per activity', async () => {
    const { id } = await newDraft();
    const small = await sharp({ create: { width: 200, height: 150, channels: 3, background: '#884422' } })
      .jpeg()
      .toBuffer();
    for (let i = 0; i < 5; i++) expect((await upload(puput, id, small)).statusCode).toBe(201);
    const before = filesOnDisk();
    const sixth = await upload(puput, id, small);
    expect(sixth.statusCode).toBe(409);
    expect(errorOf(sixth).details?.[0]).toMatchObject({ field: 'photo', issue: 'too_many', limit: 5 });
    expect(filesOnDisk()).toEqual(before);
    expect((await puput.get(`/api/activities/${id}`)).json<ActivityBody>().photos).toHaveLength(5);
  });

  it('five uploads at once onto four photos: exactly one gets the last slot', async () => {
    const { id } = await newDraft();
    const small = await sharp({ create: { width: 200, height: 150, channels: 3, background: '#224488' } })
      .jpeg()
      .toBuffer();
    for (let i = 0; i < 4; i++) expect((await upload(puput, id, small)).statusCode).toBe(201);
    const answers = await Promise.all(Array.from({ length: 5 }, () => upload(puput, id, small)));
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
    const activity = (await puput.get(`/api/activities/${id}`)).json<ActivityBody>();
    expect(activity.photoCount).toBe(5);
    expect(activity.photos).toHaveLength(5);
  });

  it('asks for multipart with the photo in the field "photo"', async () => {
    const { id } = await newDraft();
    const json = await puput.post(`/api/activities/${id}/photos`, { photo: 'aGVsbG8=' });
    expect(json.statusCode).toBe(415);
    const wrongField = await upload(puput, id, await phonePhoto(), 'foto.jpg', 'image/jpeg', 'gambar');
    expect(wrongField.statusCode).toBe(400);
    expect(errorOf(wrongField).details?.[0]?.field).toBe('photo');
  });

  it('deleting a photo removes its files; deleting the activity removes all of them', async () => {
    const { id } = await newDraft();
    const before = filesOnDisk();
    const first = (await upload(puput, id, await phonePhoto())).json<PhotoBody>();
    const second = (await upload(puput, id, await phonePhoto())).json<PhotoBody>();
    expect(filesOnDisk()).toHaveLength(before.length + 4);
    expect((await puput.delete(first.url)).statusCode).toBe(204);
    expect(filesOnDisk()).toHaveLength(before.length + 2);
    expect((await puput.get(first.url)).statusCode).toBe(404);
    const activity = (await puput.get(`/api/activities/${id}`)).json<ActivityBody>();
    expect(activity.photoCount).toBe(1);
    expect(activity.history.at(-1)?.kind).toBe('photo_removed');
    expect((await puput.delete(`/api/activities/${id}`)).statusCode).toBe(204);
    expect(filesOnDisk()).toEqual(before);
    expect((await puput.get(second.url)).statusCode).toBe(404);
  });

  it('a submitted or verified activity takes no new photo and loses none', async () => {
    const { id } = await newDraft();
    const photo = (await upload(puput, id, await phonePhoto())).json<PhotoBody>();
    expect((await puput.post(`/api/activities/${id}/submit`)).statusCode).toBe(200);
    expect((await upload(puput, id, await phonePhoto())).statusCode).toBe(409);
    expect((await puput.delete(photo.url)).statusCode).toBe(409);
    expect((await puput.get(photo.url)).statusCode).toBe(200);
  });
});

describe('who may see and touch photos', () => {
  let activityId: number;
  let photo: PhotoBody;

  beforeAll(async () => {
    activityId = (await newDraft()).id;
    photo = (await upload(puput, activityId, await phonePhoto())).json<PhotoBody>();
  });

  it('a manager of another library can neither see, add nor delete them: 404', async () => {
    const before = filesOnDisk();
    expect((await cendil.get(photo.url)).statusCode).toBe(404);
    expect((await cendil.get(photo.thumbnailUrl)).statusCode).toBe(404);
    expect((await cendil.delete(photo.url)).statusCode).toBe(404);
    expect((await upload(cendil, activityId, await phonePhoto())).statusCode).toBe(404);
    expect(filesOnDisk()).toEqual(before);
    expect((await puput.get(photo.url)).statusCode).toBe(200);
  });

  it('users who may see the activity see its photos; others and strangers do not', async () => {
    expect((await karolina.get(photo.url)).statusCode).toBe(200);
    expect((await karolina.delete(photo.url)).statusCode).toBe(403);
    expect((await jakarta.get(photo.url)).statusCode).toBe(404);
    expect((await t.anonymous().get(photo.url)).statusCode).toBe(401);
    expect((await puput.get(`/api/activities/${activityId}/photos/${photo.id + 1000}`)).statusCode).toBe(404);
  });
});
