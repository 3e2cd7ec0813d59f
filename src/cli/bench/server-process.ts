import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';

// What the benches need of the server they start in its own process (`sim-tpbis serve`).

/** A free port on the loopback, for the server the bench starts. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Resident memory of a process, from the kernel's own account. */
export function rssMbOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D+/g, '') ?? 0) / 1024;
}

/**
 * CPU a process has used (user + system), from the kernel's account; undefined when it is not
 * ours to read (a database server elsewhere, another user's process). Linux counts in ticks of
 * 1/100 s (USER_HZ, 100 on every architecture Node runs on).
 */
export function cpuMsOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: the fields start after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}
