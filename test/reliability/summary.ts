import { testDialect } from '#test/databases';

/**
 * One line per suite with its figures, greppable in CI's log (`grep '\[reliability\]'`);
 * docs/reliability.md quotes these lines.
 */
export function printSummary(suite: string, figures: Record<string, number | string>): void {
  const parts = Object.entries(figures).map(([name, value]) => `${name}=${value}`);
  console.log(`[reliability] ${suite} (${testDialect}): ${parts.join(' ')}`);
}
