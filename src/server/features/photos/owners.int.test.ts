import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '#domain/permissions';
import { ApiError, notFound } from '#server/http/errors';
import { testApp, type TestApp } from '#test/app';
import { makeUser } from '#test/factories';
import type { PhotoOwner } from './owner';
import { addPhoto, dropPhotosOf, photoFileFor, photosOf, removePhoto } from './service';

// The photo feature for an owner that is not an activity: a story kept in memory, whose rules
// (who sees it, when it takes photos, how many) are its own. Photos only check and keep files.

interface Story {
  partnerId: number;
  status: 'draft' | 'published';
  photoCount: number;
  trail: string[];
}
const stories = new Map<number, Story>();
const story = (id: number) => {
  const s = stories.get(id);
  if (!s) throw notFound('story');
  return s;
};

const visibleStory = (actor: Actor, id: number) => {
  const s = story(id);
  if (actor.role === 'pengelola' && actor.partnerId !== s.partnerId) throw notFound('story');
  return s;
};

const storyPhotos: PhotoOwner = {
  kind: 'practice',
  routePrefix: '/api/practices',
  access: { read: 'partners.read', write: 'practices.write' },
  limit: 2,
  noun: 'a story',
  assertVisible: (_db, actor, id) => Promise.resolve(void visibleStory(actor, id)),
  assertChangeable: (_db, actor, id) => {
    const s = visibleStory(actor, id);
    if (s.status !== 'draft') return Promise.reject(new ApiError('conflict', 'a published story keeps its photos'));
    return Promise.resolve({ photoCount: s.photoCount });
  },
  claimSlot: (_tx, id, { limit }) => {
    const s = story(id);
    if (s.status !== 'draft' || s.photoCount >= limit) return Promise.resolve(false);
    s.photoCount += 1;
    return Promise.resolve(true);
  },
  releaseSlot: (_tx, id) => Promise.resolve(void (story(id).photoCount -= 1)),
  recordChange: (_tx, _actor, id, change) => Promise.resolve(void story(id).trail.push(`${change.kind} ${change.photoId}`)),
};

/** Another owner of the same ids under another kind, that lets everyone see everything. */
const openOwner: PhotoOwner = { ...storyPhotos, kind: 'activity', routePrefix: '/api/open', assertVisible: () => Promise.resolve() };

let t: TestApp;
let uploadDir: string;
let manager: Actor;
let stranger: Actor;

const photo = (width = 2400, height = 1600) =>
  sharp({ create: { width, height, channels: 3, background: '#3366aa' } })
    .withExif({ IFD0: { Make: 'PhoneMaker' } })
    .jpeg()
    .toBuffer();
const files = () => (existsSync(join(uploadDir, 'photos')) ? readdirSync(join(uploadDir, 'photos')).sort() : []);
const add = async (actor: Actor, id: number, read?: () => Promise<Buffer>) =>
  addPhoto(t.db, storyPhotos, actor, id, read ?? (() => photo()), t.clock.now(), uploadDir);
const newStory = (id: number, s: Partial<Story> = {}) => stories.set(id, { partnerId: 7, status: 'draft', photoCount: 0, trail: [], ...s });

beforeAll(async () => {
  t = await testApp();
  uploadDir = t.app.config.uploadDir;
  const managerId = (await makeUser(t.db, { role: 'pengelola', username: 'penulis' })).id;
  manager = { id: managerId, role: 'pengelola', partnerId: 7 };
  stranger = { id: managerId, role: 'pengelola', partnerId: 8 };
});
afterAll(() => t.close());
beforeEach(() => stories.clear());

describe('photos of an owner that is not an activity', () => {
  it('are checked and re-encoded as every photo is, and served under the owner’s path', async () => {
    newStory(1);
    const added = await add(manager, 1);
    expect(added).toMatchObject({ width: 1600, height: 1067, url: `/api/practices/1/photos/${added.id}` });
    expect(added.thumbnailUrl).toBe(`${added.url}?size=thumb`);
    expect(story(1)).toMatchObject({ photoCount: 1, trail: [`add ${added.id}`] });

    const stored = await readFile(await photoFileFor(t.db, storyPhotos, manager, 1, added.id, 'full', uploadDir));
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1600 });
    expect(meta.exif).toBeUndefined();
    expect(await photosOf(t.db, storyPhotos, 1)).toEqual([added]);
  });

  it('hold the owner’s own limit, named in the owner’s words', async () => {
    newStory(2);
    await add(manager, 2, () => photo(300, 200));
    await add(manager, 2, () => photo(300, 200));
    const before = files();
    const third = add(manager, 2, () => photo(300, 200));
    await expect(third).rejects.toMatchObject({
      status: 409,
      message: 'a story holds at most 2 photos; remove one first',
      details: [{ field: 'photo', issue: 'too_many', limit: 2 }],
    });
    expect(files()).toEqual(before);
  });

  it('follow the owner’s refusals, before the upload is even read', async () => {
    newStory(3, { status: 'published' });
    let read = false;
    const reading = () => {
      read = true;
      return photo();
    };
    await expect(add(stranger, 3, reading)).rejects.toMatchObject({ status: 404 });
    await expect(add(manager, 3, reading)).rejects.toMatchObject({ status: 409 });
    await expect(add(manager, 999, reading)).rejects.toMatchObject({ status: 404 });
    expect(read).toBe(false);
  });

  it('are refused with the owner’s reason when it changed while the photo was read, and leave no file', async () => {
    newStory(4);
    const before = files();
    const publishedMeanwhile = async () => {
      const data = await photo();
      story(4).status = 'published';
      return data;
    };
    await expect(add(manager, 4, publishedMeanwhile)).rejects.toMatchObject({ status: 409, message: 'a published story keeps its photos' });
    expect(files()).toEqual(before);
    expect(await photosOf(t.db, storyPhotos, 4)).toEqual([]);
  });

  it('belong to one owner kind: the same id of another kind does not find them', async () => {
    newStory(5);
    const added = await add(manager, 5);
    await expect(photoFileFor(t.db, openOwner, manager, 5, added.id, 'full', uploadDir)).rejects.toMatchObject({ status: 404 });
    expect(await photosOf(t.db, openOwner, 5)).toEqual([]);
    await expect(photoFileFor(t.db, storyPhotos, stranger, 5, added.id, 'full', uploadDir)).rejects.toMatchObject({ status: 404 });
  });

  it('removed one by one give their slot back; dropped with the owner, their files go only when asked', async () => {
    newStory(6);
    const first = await add(manager, 6);
    const second = await add(manager, 6);
    const withBoth = files();
    await removePhoto(t.db, storyPhotos, manager, 6, first.id, t.clock.now(), uploadDir);
    expect(story(6)).toMatchObject({ photoCount: 1, trail: [`add ${first.id}`, `add ${second.id}`, `remove ${first.id}`] });
    expect(files()).toHaveLength(withBoth.length - 2);

    const removeFiles = await dropPhotosOf(t.db, { kind: storyPhotos.kind, id: 6 }, uploadDir);
    expect(await photosOf(t.db, storyPhotos, 6)).toEqual([]);
    // The rows are gone, the files stay until the owner's transaction has committed and it says so.
    expect(files()).toHaveLength(withBoth.length - 2);
    await removeFiles();
    expect(files()).toHaveLength(withBoth.length - 4);
  });
});
