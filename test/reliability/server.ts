import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

/**
 * The real server as a child process (`sim-tpbis serve`, as `npm start` runs it), for tests that
 * must kill it. Readiness is a condition (GET /api/health answers), never a fixed wait.
 */
export interface ServerProcess {
  url: string;
  /** SIGKILL: no shutdown hook runs, open requests and transactions are cut wherever they are. */
  kill(): Promise<void>;
  output(): string;
}

const cli = ['--import', 'tsx', 'src/cli/main.ts'];

/** A port free right now on loopback; the server is started on it (the same one across restarts). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  await once(probe, 'close');
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export async function startServer(env: Record<string, string>, port: number, readyWithinMs = 60_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...cli, 'serve'], {
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port), SIM_DEMO: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  let outputs = 0;
  let wake: () => void = () => undefined;
  const onOutput = (chunk: Buffer) => {
    log += chunk.toString();
    outputs += 1;
    wake();
  };
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  const exited = once(child, 'exit');
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyWithinMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before it was ready:\n${log}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server not ready within ${readyWithinMs} ms:\n${log}`);
    }
    const heard = outputs;
    if (await healthy(url)) break;
    if (outputs !== heard) continue;
    // Ask again when the server next says something (it prints its address once it listens) or exits.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      new Promise<void>((resolve) => (wake = resolve)),
      exited,
      new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.max(0, deadline - Date.now())))),
    ]);
    clearTimeout(timer);
  }
  return {
    url,
    output: () => log,
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}

async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
    return res.ok;
  } catch {
    return false;
  }
}

/** Runs a CLI command to its end and returns its exit code and output. */
export async function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child: ChildProcess = spawn(process.execPath, [...cli, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, output };
}
