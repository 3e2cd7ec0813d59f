import { describe, expect, it } from 'vitest';
import { inFixedChunks } from './compiled';

describe('rows in fixed chunks', () => {
  it('keeps every row once, in order, in few sizes', () => {
    const rows = Array.from({ length: 1_500 }, (_, i) => i);
    const chunks = inFixedChunks(rows, 256);
    expect(chunks.flat()).toEqual(rows);
    expect(chunks.map((c) => c.length)).toEqual([256, 256, 256, 256, 256, 128, 64, 16, 12]);
    // Whatever the count, only the halving sizes and one short remainder occur.
    for (let n = 17; n < 600; n++) {
      for (const c of inFixedChunks(rows.slice(0, n), 256)) expect([256, 128, 64, 32, 16].includes(c.length) || c.length < 16).toBe(true);
    }
  });

  it('leaves a short list whole, and an empty one without chunks', () => {
    expect(inFixedChunks([1, 2, 3, 4, 5], 256)).toEqual([[1, 2, 3, 4, 5]]);
    expect(inFixedChunks([], 256)).toEqual([]);
  });
});
