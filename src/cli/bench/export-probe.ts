import { constants, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

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
  /**
   * The most CPU the server used between two ticks of a 10 ms timer, and that gap's wall time:
   * a stall the server's own work made has about as much CPU as wall time, one the machine's
   * scheduler made (a busy, `nice`d machine) has little. The CPU is the process's, GC and
   * compression threads included, so it is an upper bound on the event loop's own work.
   */
  maxTickCpuMs: number;
  maxTickCpuWallMs: number;
  /** The longest gap between those ticks, and the CPU used in it. */
  maxTickWallMs: number;
  maxTickWallCpuMs: number;
}

const mb = (bytes: number) => bytes / 2 ** 20;

if (process.send) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  let gcs: number[] = [];
  new PerformanceObserver((list) => {
    // Not the collection the probe forces before an export: its entry can arrive after the reset.
    for (const entry of list.getEntries()) {
      const flags = (entry as { detail?: { flags?: number } }).detail?.flags ?? 0;
      if ((flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) === 0) gcs.push(entry.duration);
    }
  }).observe({ entryTypes: ['gc'] });
  let heapAtStart = 0;
  let heapMax = 0;
  let externalMax = 0;
  setInterval(() => {
    const m = process.memoryUsage();
    heapMax = Math.max(heapMax, m.heapUsed);
    externalMax = Math.max(externalMax, m.external);
  }, 100).unref();
  const ticks = { at: 0, cpu: 0, maxCpu: 0, maxCpuWall: 0, maxWall: 0, maxWallCpu: 0 };
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const resetTicks = () =>
    Object.assign(ticks, { at: performance.now(), cpu: cpuMs(), maxCpu: 0, maxCpuWall: 0, maxWall: 0, maxWallCpu: 0 });
  setInterval(() => {
    const at = performance.now();
    const cpu = cpuMs();
    const wall = at - ticks.at;
    const used = cpu - ticks.cpu;
    if (used > ticks.maxCpu) Object.assign(ticks, { maxCpu: used, maxCpuWall: wall });
    if (wall > ticks.maxWall) Object.assign(ticks, { maxWall: wall, maxWallCpu: used });
    Object.assign(ticks, { at, cpu });
  }, 10).unref();

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
        resetTicks();
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
        maxTickCpuMs: ticks.maxCpu,
        maxTickCpuWallMs: ticks.maxCpuWall,
        maxTickWallMs: ticks.maxWall,
        maxTickWallCpuMs: ticks.maxWallCpu,
      };
      process.send?.(report);
    }
  });
  // The channel must not keep a server alive that was told to stop (a listener refs it).
  process.channel?.unref();
}
