import { describe, expect, it } from 'vitest';
import { AttendanceSync } from './attendanceSync';

/** A transport whose requests stay open until the test answers them, in any order. */
function manualTransport() {
  const open: { partnerId: number; attending: boolean; resolve: () => void; reject: (e: Error) => void }[] = [];
  return {
    open,
    transport: {
      send: (partnerId: number, attending: boolean) =>
        new Promise<void>((resolve, reject) => {
          open.push({ partnerId, attending, resolve, reject });
        }),
    },
    answer: async (index = 0, ok = true) => {
      const [request] = open.splice(index, 1);
      if (!request) throw new Error('no request is open');
      if (ok) request.resolve();
      else request.reject(new Error('network'));
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

describe('ticking attendance', () => {
  it('saves each tick at once and counts it straight away', async () => {
    const net = manualTransport();
    const sync = new AttendanceSync(new Set([1]), net.transport);
    sync.tick(2, true);
    expect([sync.count(), sync.status(2), sync.attending(2)]).toEqual([2, 'saving', true]);
    expect(net.open.map((r) => [r.partnerId, r.attending])).toEqual([[2, true]]);
    await net.answer();
    expect([sync.count(), sync.status(2)]).toEqual([2, 'saved']);
  });

  it('sends one request per partner at a time, and the last tick wins', async () => {
    const net = manualTransport();
    const sync = new AttendanceSync(new Set(), net.transport);
    sync.tick(5, true);
    sync.tick(5, false);
    sync.tick(5, true);
    sync.tick(5, false);
    expect(net.open).toHaveLength(1);
    await net.answer();
    // The server has 5 now; the person's last word was "not attending": that goes next.
    expect(net.open.map((r) => [r.partnerId, r.attending])).toEqual([[5, false]]);
    await net.answer();
    expect([net.open.length, sync.status(5), sync.count()]).toEqual([0, 'saved', 0]);
  });

  it('sends nothing when a tick is undone before it left', async () => {
    const net = manualTransport();
    const sync = new AttendanceSync(new Set(), net.transport);
    sync.tick(7, true);
    await net.answer();
    sync.tick(7, true);
    expect(net.open).toHaveLength(0);
  });

  it('keeps a failed tick counted and marked, and sends it again when asked', async () => {
    const net = manualTransport();
    const sync = new AttendanceSync(new Set(), net.transport);
    sync.tick(3, true);
    sync.tick(4, true);
    await net.answer(0, false);
    expect([sync.status(3), sync.status(4), sync.count(), sync.failed(), sync.unsaved().sort()]).toEqual([
      'failed',
      'saving',
      2,
      [3],
      [3, 4],
    ]);
    sync.retry(3);
    expect(sync.status(3)).toBe('saving');
    await net.answer(1);
    await net.answer(0);
    expect([sync.status(3), sync.status(4), sync.unsaved()]).toEqual(['saved', 'saved', []]);
  });

  it('unticks one that was on the list before', () => {
    const net = manualTransport();
    const sync = new AttendanceSync(new Set([8, 9]), net.transport);
    sync.tick(8, false);
    expect([sync.attending(8), sync.count()]).toEqual([false, 1]);
    expect(net.open.map((r) => [r.partnerId, r.attending])).toEqual([[8, false]]);
  });
});
