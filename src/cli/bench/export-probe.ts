import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

/**
 * Preloaded (`node --import`) into the server that the export bench starts, and asked over the
 * IPC channel: the server's own event-loop delay, its garbage collector's pauses and its V8 heap,
 * so that a stall can be told apart from the machine descheduling the process, and heap growth
 * from memory held by streams. Nothing here runs in a server started any other way.
 */

export interface ProbeReport {
  maxStallMs: number;
  p99StallMs: number;
  maxGcMs: number;
  gcCount: number;
  gcTotalMs: number;
  /** Highest V8 heap in use, and Buffers outside it, sampled every 100 ms. */
  maxHeapUsedMb: number;
  maxExternalMb: number;
  heapUsedAtStartMb: number;
}

const mb = (bytes: number) => bytes / 2 ** 20;

if (process.send) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  let gcs: number[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcs.push(entry.duration);
  }).observe({ entryTypes: ['gc'] });
  let heapAtStart = 0;
  let heapMax = 0;
  let externalMax = 0;
  setInterval(() => {
    const m = process.memoryUsage();
    heapMax = Math.max(heapMax, m.heapUsed);
    externalMax = Math.max(externalMax, m.external);
  }, 100).unref();

  process.on('message', (message) => {
    if (message === 'start') {
      // A collection first, so the export starts from the heap a quiet server keeps.
      (globalThis as { gc?: () => void }).gc?.();
      // The observer hears of that collection a turn later: start counting after it.
      setImmediate(() => {
        gcs = [];
        heapAtStart = heapMax = process.memoryUsage().heapUsed;
        externalMax = process.memoryUsage().external;
        delay.reset();
        delay.enable();
        process.send?.('started');
      });
    } else if (message === 'stop') {
      delay.disable();
      const report: ProbeReport = {
        maxStallMs: delay.max / 1e6,
        p99StallMs: delay.percentile(99) / 1e6,
        maxGcMs: Math.max(0, ...gcs),
        gcCount: gcs.length,
        gcTotalMs: gcs.reduce((a, b) => a + b, 0),
        maxHeapUsedMb: mb(heapMax),
        maxExternalMb: mb(externalMax),
        heapUsedAtStartMb: mb(heapAtStart),
      };
      process.send?.(report);
    }
  });
  // The channel must not keep a server alive that was told to stop (a listener refs it).
  process.channel?.unref();
}
