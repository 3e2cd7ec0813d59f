import { describe, expect, it } from 'vitest';
import { packScores, unpackScores } from './packed-scores';
import type { ScoredPartner } from './province-scores';

const indicator = (code: string, achieved: number) => ({
  code,
  achieved,
  target: 4,
  ratio: achieved / 4,
  weight: 50,
  points: achieved * 12.5,
});
const partner = (partnerId: number, achieved: number): ScoredPartner => ({
  partnerId,
  name: `Perpusdes ${partnerId}`,
  type: 'desa',
  scheme: 'replikasi_desa',
  regionCode: `19.05.06.200${partnerId % 3}`,
  score: achieved * 25,
  color: achieved > 2 ? 'hijau' : 'merah',
  indicators: [indicator('pelibatan', achieved), indicator('layanan', 1)],
});

describe('packed scores', () => {
  it('come back as the scores that were packed, equal indicator results shared', async () => {
    const items = Array.from({ length: 4_500 }, (_, i) => partner(i + 1, i % 4));
    const back = await unpackScores(structuredClone(packScores(items)));
    expect(back).toEqual(items);
    expect(back[0]?.indicators[1]).toBe(back[1]?.indicators[1]);
  });

  it('pack an empty province', async () => {
    expect(await unpackScores(packScores([]))).toEqual([]);
  });
});
