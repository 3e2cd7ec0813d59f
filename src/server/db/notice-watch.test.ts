import { describe, expect, it } from 'vitest';
import { NoticeWatch } from './notice-watch';
import type { NoticeListener } from './notifications';

/** A watch over a pretend table and channel, on a clock moved by hand. */
function watched(table: { key: string; value: number }[]) {
  let listener: NoticeListener | undefined;
  let clock = 0;
  let reads = 0;
  let release: (() => void) | undefined;
  let held = false;
  const watch = new NoticeWatch(
    'kpi_generation',
    async () => {
      reads += 1;
      if (held) await new Promise<void>((resolve) => (release = resolve));
      return table.map((r) => ({ ...r }));
    },
    (l) => {
      listener = l;
      return () => Promise.resolve();
    },
    () => clock,
  );
  const channel = () => listener as NoticeListener;
  return {
    watch,
    channel,
    /** Listening starts and the table is read. */
    listening: async () => {
      channel().onListening();
      await new Promise((resolve) => setImmediate(resolve));
    },
    hold: () => (held = true),
    release: async () => {
      held = false;
      release?.();
      await new Promise((resolve) => setImmediate(resolve));
    },
    later: (ms: number) => (clock += ms),
    reads: () => reads,
  };
}

describe('a notice watch (of the KPI generations, say)', () => {
  it('knows nothing until it listens and has read the table, then answers from memory', async () => {
    const w = watched([{ key: '19', value: 4 }]);
    expect(w.watch.valuesOf(['19'])).toBeUndefined();
    await w.listening();
    expect(w.watch.valuesOf(['19', '31'])).toEqual(
      new Map([
        ['19', 4],
        ['31', 0],
      ]),
    );
    expect(w.watch.answers).toBe(1);
  });

  it('follows the notices, never going back to an older generation', async () => {
    const w = watched([{ key: '19', value: 4 }]);
    await w.listening();
    w.channel().onNotice('19:6');
    w.channel().onNotice('19:5');
    w.channel().onNotice('31:1');
    w.channel().onNotice('not a notice');
    expect(w.watch.valuesOf(['19', '31'])).toEqual(
      new Map([
        ['19', 6],
        ['31', 1],
      ]),
    );
  });

  it('sends a province raised here to the table until the notice of that generation arrives', async () => {
    const w = watched([{ key: '19', value: 4 }]);
    await w.listening();
    w.watch.raised('19', 5);
    expect(w.watch.valuesOf(['19'])).toBeUndefined();
    // Another province is still answered; an older notice does not count as ours.
    expect(w.watch.valuesOf(['31'])).toEqual(new Map([['31', 0]]));
    w.channel().onNotice('19:4');
    expect(w.watch.valuesOf(['19'])).toBeUndefined();
    w.channel().onNotice('19:5');
    expect(w.watch.valuesOf(['19'])).toEqual(new Map([['19', 5]]));
  });

  it('does not wait for a notice that came before the raise was told (a raise outside a transaction)', async () => {
    const w = watched([{ key: '19', value: 4 }]);
    await w.listening();
    w.channel().onNotice('19:5');
    w.watch.raised('19', 5);
    expect(w.watch.valuesOf(['19'])).toEqual(new Map([['19', 5]]));
  });

  it('gives up waiting for a notice that never comes (a rolled-back raise) after a few seconds', async () => {
    const w = watched([{ key: '19', value: 4 }]);
    await w.listening();
    w.watch.raised('19', 5);
    w.later(4_000);
    expect(w.watch.valuesOf(['19'])).toBeUndefined();
    w.later(2_000);
    // The first read past the wait still goes to the table; the next is answered.
    expect(w.watch.valuesOf(['19'])).toBeUndefined();
    expect(w.watch.valuesOf(['19'])).toEqual(new Map([['19', 4]]));
  });

  it('stops answering when the connection is lost, and reads the table again once listening again', async () => {
    const table = [{ key: '19', value: 4 }];
    const w = watched(table);
    await w.listening();
    w.channel().onLost();
    expect(w.watch.listening).toBe(false);
    expect(w.watch.valuesOf(['19'])).toBeUndefined();
    // Missed while away:
    table[0] = { key: '19', value: 9 };
    await w.listening();
    expect(w.reads()).toBe(2);
    expect(w.watch.valuesOf(['19'])).toEqual(new Map([['19', 9]]));
  });

  it('does not trust a read of the table begun before the connection was lost', async () => {
    const w = watched([{ key: '19', value: 4 }]);
    w.hold();
    w.channel().onListening();
    w.channel().onLost();
    await w.release();
    expect(w.watch.listening).toBe(false);
    expect(w.watch.valuesOf(['19'])).toBeUndefined();
  });
});
