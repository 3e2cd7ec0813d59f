import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '#web/api/client.ts';
import { fetchKept, localCopies } from './keptCopies';

const Lesson = z.object({ id: z.number(), bodyHtml: z.string() });

function memoryStorage() {
  const data = new Map<string, string>();
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

const now = () => new Date('2024-10-02T08:00:00.000Z');
const offline = () => Promise.reject(new ApiError('network', 0, 'Failed to fetch'));

describe('kept copies of what Elis read', () => {
  it('keeps what the server answered and shows it again without a connection', async () => {
    const copies = localCopies(7, memoryStorage());
    const lesson = { id: 3, bodyHtml: '<p>Advokasi</p>' };
    expect(await fetchKept('/api/courses/1/lessons/3', Lesson, copies, () => Promise.resolve(lesson), now)).toEqual({
      value: lesson,
      savedAt: null,
    });
    expect(await fetchKept('/api/courses/1/lessons/3', Lesson, copies, offline)).toEqual({
      value: lesson,
      savedAt: '2024-10-02T08:00:00.000Z',
    });
  });

  it('says there is no connection when nothing was kept, and shows the server’s refusals as they are', async () => {
    const copies = localCopies(7, memoryStorage());
    await expect(fetchKept('/api/courses/1/lessons/4', Lesson, copies, offline)).rejects.toMatchObject({ code: 'network' });
    copies.keep('/api/courses/1/lessons/4', { id: 4, bodyHtml: 'x' }, now().toISOString());
    const gone = () => Promise.reject(new ApiError('not_found', 404, 'no such lesson'));
    await expect(fetchKept('/api/courses/1/lessons/4', Lesson, copies, gone)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps each user’s copies apart and ignores a copy it cannot read', async () => {
    const storage = memoryStorage();
    localCopies(7, storage).keep('/api/courses/1', { id: 1, bodyHtml: 'x' }, now().toISOString());
    await expect(fetchKept('/api/courses/1', Lesson, localCopies(8, storage), offline)).rejects.toMatchObject({ code: 'network' });
    storage.data.set('sim-tpbis.elis.7:/api/courses/1', JSON.stringify({ value: { id: 'one' }, savedAt: 'x' }));
    await expect(fetchKept('/api/courses/1', Lesson, localCopies(7, storage), offline)).rejects.toMatchObject({ code: 'network' });
  });

  it('still answers when the device’s storage is full', async () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const lesson = { id: 3, bodyHtml: '<p>x</p>' };
    expect(await fetchKept('/p', Lesson, localCopies(7, full), () => Promise.resolve(lesson))).toEqual({ value: lesson, savedAt: null });
  });
});
