import { describe, expect, it } from 'vitest';
import { factsFromActivities, type CountableActivity } from './facts';

const range = { from: '2024-01-01', to: '2024-09-25' };
const activity = (over: Partial<CountableActivity>): CountableActivity => ({
  date: '2024-03-10',
  strategy: 'pelibatan_masyarakat',
  status: 'verified',
  participantsMale: 4,
  participantsFemale: 6,
  ...over,
});

describe('factsFromActivities', () => {
  it('counts submitted and verified activities inside the range, both sexes, and their months', () => {
    const facts = factsFromActivities(
      [
        activity({}),
        activity({ status: 'submitted', date: '2024-09-25' }),
        activity({ strategy: 'advokasi', date: '2024-01-01', participantsMale: 1, participantsFemale: 1 }),
        activity({ status: 'draft' }),
        activity({ status: 'returned' }),
        activity({ date: '2024-09-26' }),
        activity({ date: '2023-12-31' }),
      ],
      range,
    );
    expect(facts.counts).toEqual({ pelibatan_masyarakat: 2, advokasi: 1 });
    expect(facts.participants).toEqual({ pelibatan_masyarakat: 20, advokasi: 2 });
    expect([...facts.activeMonths].sort()).toEqual(['2024-01', '2024-03', '2024-09']);
  });
});
