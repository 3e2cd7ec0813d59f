import { describe, expect, it } from 'vitest';
import { tpbis2024Profile } from '#domain/kpi/tpbis2024';
import { ScoreThread } from './score-thread';

const range = { from: '2024-01-01', to: '2024-09-25' };

describe('ScoreThread', () => {
  it('is not used for an in-memory database, which no other connection can open: its caller scores in-process', async () => {
    const thread = new ScoreThread(() => Promise.resolve(undefined));
    expect(thread.usable).toBe(true);
    await expect(thread.score('19', tpbis2024Profile, range)).rejects.toThrow('in-memory');
    expect(thread.usable).toBe(false);
    await thread.close();
  });

  it('answers every job with a failure its caller recovers from when the database cannot be read, and is given up after a few', async () => {
    const failures: Error[] = [];
    const thread = new ScoreThread(
      () => Promise.resolve('/nonexistent/sim-tpbis.db'),
      (error) => failures.push(error),
    );
    for (let i = 0; i < 3; i += 1) await expect(thread.score('19', tpbis2024Profile, range)).rejects.toThrow();
    expect(failures.length).toBeGreaterThan(0);
    expect(thread.usable).toBe(false);
    await thread.close();
    // Three threads started and failed in turn: seconds on a loaded machine.
  }, 60_000);

  it('is closed with its app and then scores nothing', async () => {
    const thread = new ScoreThread(() => Promise.resolve('/nonexistent/sim-tpbis.db'));
    await thread.close();
    expect(thread.usable).toBe(false);
  });
});
