import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { errorOf, fieldsOf } from '#test/errors';
import { makePractice } from '#test/factories';
import { multipartFile } from '#test/multipart';

let t: TestApp;
let puput: Agent;
let cendil: Agent;
let jakarta: Agent;
let yulianti: Agent;
let puputLibrary: { id: number };
let puputManagerId: number;
let photoDir: string;

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['jakarta', 'yulianti'], managers: ['puput', 'cendil'] });
  ({ puput, cendil, jakarta, yulianti } = cast.agents);
  puputLibrary = cast.partners.puput;
  puputManagerId = cast.userIds.puput;
  photoDir = join(t.app.config.uploadDir, 'photos');
});
afterAll(() => t.close());

type PhotoBody = { id: number; url: string; thumbnailUrl: string; width: number; height: number };
type StoryBody = {
  id: number;
  photoCount: number;
  coverPhoto: PhotoBody | null;
  photos: PhotoBody[];
  history: { kind: string; changes: Record<string, unknown> | null }[];
};

/** A phone photo with the camera and its GPS position in EXIF. */
const phonePhoto = (width = 3000, height = 2000) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .withExif({
      IFD0: { Make: 'PhoneMaker' },
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '2/1 0/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 0/1 0/1' },
    })
    .jpeg()
    .toBuffer();
const upload = (agent: Agent, id: number, data: Buffer, field = 'file', type?: string) =>
  agent.request({ method: 'POST', url: `/api/practices/${id}/photos`, ...multipartFile(data, { field, type }) });
const files = () => (existsSync(photoDir) ? readdirSync(photoDir).sort() : []);
const draft = () => makePractice(t.db, { partnerId: puputLibrary.id, authorId: puputManagerId, title: 'Pojok baca anak' });
const story = async (agent: Agent, id: number) => (await agent.get(`/api/practices/${id}`)).json<StoryBody>();

describe('a story’s photos', () => {
  it('travel in the field `file` and pass the same checks as activity photos: re-encoded, EXIF and GPS gone', async () => {
    const { id } = await draft();
    const res = await upload(puput, id, await phonePhoto());
    expect(res.statusCode, res.body).toBe(201);
    const photo = res.json<PhotoBody>();
    expect(photo).toMatchObject({ width: 1600, height: 1067, url: `/api/practices/${id}/photos/${photo.id}` });
    const served = await puput.get(photo.url);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect((await sharp(served.rawPayload).metadata()).exif).toBeUndefined();
    expect(served.rawPayload.includes(Buffer.from('PhoneMaker'))).toBe(false);

    const s = await story(puput, id);
    expect(s).toMatchObject({ photoCount: 1, coverPhoto: photo, photos: [photo] });
    expect(s.history.at(-1)).toMatchObject({ kind: 'photo_added', changes: { photo: { from: null, to: photo.id } } });
    const listed = (await puput.get('/api/practices?status=draft')).json<{ items: { id: number; coverPhoto: PhotoBody | null }[] }>();
    expect(listed.items.find((i) => i.id === id)?.coverPhoto).toEqual(photo);
  });

  it('are refused in another field, when not a photo, and past five to a story', async () => {
    const { id } = await draft();
    const wrongField = await upload(puput, id, await phonePhoto(), 'photo');
    expect(wrongField.statusCode).toBe(400);
    expect(fieldsOf(wrongField)).toEqual(['file']);
    expect((await upload(puput, id, Buffer.from('<svg onload="alert(1)"/>'), 'file', 'image/svg+xml')).statusCode).toBe(415);

    for (let i = 0; i < 5; i++) expect((await upload(puput, id, await phonePhoto(400, 300))).statusCode).toBe(201);
    const before = files();
    const sixth = await upload(puput, id, await phonePhoto(400, 300));
    expect(sixth.statusCode).toBe(409);
    expect(errorOf(sixth).message).toBe('a story holds at most 5 photos; remove one first');
    expect(errorOf(sixth).details).toMatchObject([{ field: 'file', issue: 'too_many', limit: 5 }]);
    expect(files()).toEqual(before);
    expect((await story(puput, id)).photoCount).toBe(5);
  });

  it('are added and removed by the story’s library while it is being written, and then kept', async () => {
    const { id } = await draft();
    expect((await upload(cendil, id, await phonePhoto(400, 300))).statusCode).toBe(404);
    expect((await upload(yulianti, id, await phonePhoto(400, 300))).statusCode).toBe(403);
    const photo = (await upload(puput, id, await phonePhoto(400, 300))).json<PhotoBody>();
    expect((await cendil.delete(photo.url)).statusCode).toBe(404);
    expect((await cendil.get(photo.url)).statusCode).toBe(404);

    expect((await puput.delete(photo.url)).statusCode).toBe(204);
    expect(await story(puput, id)).toMatchObject({ photoCount: 0, photos: [], coverPhoto: null });
    expect((await story(puput, id)).history.at(-1)?.kind).toBe('photo_removed');

    const kept = (await upload(puput, id, await phonePhoto(400, 300))).json<PhotoBody>();
    await puput.post(`/api/practices/${id}/submit`);
    expect((await upload(puput, id, await phonePhoto(400, 300))).statusCode).toBe(409);
    expect((await puput.delete(kept.url)).statusCode).toBe(409);
  });

  it('of a published story are seen across the country', async () => {
    const { id } = await draft();
    const photo = (await upload(puput, id, await phonePhoto(400, 300))).json<PhotoBody>();
    await puput.post(`/api/practices/${id}/submit`);
    expect((await jakarta.get(photo.url)).statusCode).toBe(404);
    await yulianti.post(`/api/practices/${id}/publish`);
    for (const reader of [cendil, jakarta]) {
      expect((await reader.get(photo.url)).statusCode).toBe(200);
      expect((await reader.get(photo.thumbnailUrl)).statusCode).toBe(200);
    }
  });

  it('go with their story when it is deleted, files and all', async () => {
    const { id } = await draft();
    const before = files();
    await upload(puput, id, await phonePhoto(400, 300));
    await upload(puput, id, await phonePhoto(400, 300));
    expect(files()).toHaveLength(before.length + 4);
    expect((await puput.delete(`/api/practices/${id}`)).statusCode).toBe(204);
    expect(files()).toEqual(before);
  });
});
