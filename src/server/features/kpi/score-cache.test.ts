import { describe, expect, it, vi } from 'vitest';
import { ProvinceScoreCache } from './score-cache';

/** A computation the test finishes by hand, counting how often it was started. */
function computation<T>() {
  let resolve: (items: T[]) => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<T[]>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  let calls = 0;
  const compute = () => {
    calls += 1;
    return promise;
  };
  return { compute, finish: (items: T[]) => resolve(items), fail: (error: Error) => reject(error), calls: () => calls };
}

describe('ProvinceScoreCache', () => {
  it('lets concurrent requests for one key share the computation in flight', async () => {
    const cache = new ProvinceScoreCache<string>();
    const work = computation<string>();
    const asked = [1, 2, 3].map(() => cache.items('19|2024-01-01|2024-09-25|1', 4, work.compute));
    work.finish(['puput']);
    expect(await Promise.all(asked)).toEqual([['puput'], ['puput'], ['puput']]);
    expect(work.calls()).toBe(1);
    expect(cache.computations).toBe(1);
  });

  it('keeps the result for the same generation and computes again once the generation moves', async () => {
    const cache = new ProvinceScoreCache<string>();
    expect(await cache.items('19', 4, () => Promise.resolve(['a']))).toEqual(['a']);
    expect(await cache.items('19', 4, () => Promise.resolve(['never']))).toEqual(['a']);
    expect(await cache.items('19', 5, () => Promise.resolve(['b']))).toEqual(['b']);
    expect(cache.computations).toBe(2);
  });

  it('does not keep a failure: those who shared it see it, the next request tries again', async () => {
    const cache = new ProvinceScoreCache<string>();
    const work = computation<string>();
    const first = cache.items('19', 4, work.compute);
    const second = cache.items('19', 4, work.compute);
    work.fail(new Error('database gone'));
    await expect(first).rejects.toThrow('database gone');
    await expect(second).rejects.toThrow('database gone');
    expect(await cache.items('19', 4, () => Promise.resolve(['again']))).toEqual(['again']);
    expect(cache.computations).toBe(2);
  });

  it('lets a request for a newer generation wait for the flight under way and build on it, not start another beside it', async () => {
    const cache = new ProvinceScoreCache<string>();
    const older = computation<string>();
    const newer = computation<string>();
    const before = cache.items('19', 4, older.compute);
    const after = cache.items('19', 5, newer.compute);
    expect(newer.calls()).toBe(0);
    older.finish(['older']);
    expect(await before).toEqual(['older']);
    await vi.waitFor(() => expect(newer.calls()).toBe(1));
    newer.finish(['newer']);
    expect(await after).toEqual(['newer']);
    expect(cache.get('19', 5)).toEqual(['newer']);
  });

  it('serves the previous answer while a full computation runs, for a second from its start, then waits for the fresh one', async () => {
    let now = 0;
    const cache = new ProvinceScoreCache<string>({ staleForMs: 1_000, now: () => now });
    await cache.items('19', 1, () => Promise.resolve(['old']));
    const cannot = () => Promise.resolve(undefined);
    const work = computation<string>();
    expect(await cache.items('19', 2, work.compute, cannot)).toEqual(['old']);
    now = 999;
    expect(await cache.items('19', 3, work.compute, cannot)).toEqual(['old']);
    now = 1_000;
    const waiting = cache.items('19', 2, work.compute, cannot);
    work.finish(['fresh']);
    expect(await waiting).toEqual(['fresh']);
    expect(work.calls()).toBe(1);
    expect(cache.staleAnswers).toBe(2);
  });

  it('never serves an older answer when it has none, nor when it is not told to', async () => {
    const cache = new ProvinceScoreCache<string>();
    await cache.items('19', 1, () => Promise.resolve(['old']));
    expect(
      await cache.items(
        '19',
        2,
        () => Promise.resolve(['fresh']),
        () => Promise.resolve(undefined),
      ),
    ).toEqual(['fresh']);
    const staleOk = new ProvinceScoreCache<string>({ staleForMs: 1_000 });
    expect(await staleOk.items('31', 1, () => Promise.resolve(['first']))).toEqual(['first']);
    expect(staleOk.staleAnswers).toBe(0);
  });

  it('keeps other keys apart and stays within its bound, least recently used first out', async () => {
    const cache = new ProvinceScoreCache<number>({ maxPartners: 4 });
    await cache.items('19', 1, () => Promise.resolve([1, 2]));
    await cache.items('31', 1, () => Promise.resolve([3, 4]));
    cache.get('19', 1);
    await cache.items('11', 1, () => Promise.resolve([5, 6]));
    expect(cache.get('31', 1)).toBeUndefined();
    expect(cache.get('19', 1)).toEqual([1, 2]);
    expect(cache.get('11', 1)).toEqual([5, 6]);
  });

  it('brings an answer whose generation moved up to date with refresh, keeping the old one unchanged', async () => {
    const cache = new ProvinceScoreCache<string>();
    const old = await cache.items('19', 4, () => Promise.resolve(['a', 'b']));
    const seen: number[] = [];
    const refresh = (stale: readonly string[], since: number) => {
      seen.push(since);
      return Promise.resolve([...stale, 'c']);
    };
    const asked = [1, 2].map(() => cache.items('19', 6, () => Promise.resolve(['never']), refresh));
    expect(await Promise.all(asked)).toEqual([
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
    ]);
    expect(seen).toEqual([4]);
    expect(old).toEqual(['a', 'b']);
    expect(cache.computations).toBe(1);
    expect(cache.patches).toBe(1);
    expect(await cache.items('19', 6, () => Promise.resolve(['never']), refresh)).toEqual(['a', 'b', 'c']);
  });

  it('computes afresh when refresh cannot patch, or when nothing is kept to patch', async () => {
    const cache = new ProvinceScoreCache<string>();
    const cannot = () => Promise.resolve(undefined);
    expect(await cache.items('19', 1, () => Promise.resolve(['a']), cannot)).toEqual(['a']);
    expect(await cache.items('19', 2, () => Promise.resolve(['b']), cannot)).toEqual(['b']);
    expect(cache.computations).toBe(2);
    expect(cache.patches).toBe(0);
  });
});
