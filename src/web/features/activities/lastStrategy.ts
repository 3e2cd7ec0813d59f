import { Strategy } from '#domain/taxonomy';

const key = 'sim-tpbis.lastStrategy';

/** The strategy of the reporter's last report on this device: most managers report the same kind again and again. */
export function lastStrategy(): Strategy | null {
  try {
    const parsed = Strategy.safeParse(localStorage.getItem(key));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function rememberStrategy(strategy: Strategy): void {
  try {
    localStorage.setItem(key, strategy);
  } catch {
    // Private mode: the form then starts without a strategy next time.
  }
}
