import { describe, expect, it } from 'vitest';
import { keysetPages } from './pages';

const ids = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i + 1 }));

async function collect(rows: { id: number }[], limit: number) {
  const asked: (number | undefined)[] = [];
  const pages: number[][] = [];
  const page = (after: number | undefined, size: number) => {
    asked.push(after);
    return Promise.resolve(rows.filter((r) => after === undefined || r.id > after).slice(0, size));
  };
  for await (const p of keysetPages(page, (r) => r.id, limit)) pages.push(p.map((r) => r.id));
  return { asked, pages };
}

describe('keyset pages', () => {
  it('hands out every row once, each page after the last row of the one before', async () => {
    const { asked, pages } = await collect(ids(7), 3);
    expect(pages).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(asked).toEqual([undefined, 3, 6]);
  });

  it('stops after an exactly full last page with one short query, and yields no empty page', async () => {
    const { asked, pages } = await collect(ids(6), 3);
    expect(pages).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(asked).toEqual([undefined, 3, 6]);
    expect((await collect([], 3)).pages).toEqual([]);
  });
});
