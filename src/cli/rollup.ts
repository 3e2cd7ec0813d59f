import type { Config } from '#server/config';
import { connect } from '#server/db/connect';
import { migrateToLatest } from '#server/db/migrate';
import { checkRollups, rebuildRollups } from '#server/features/rollups/check';

/** `rollup --check` recomputes the rollups from the activities and reports any difference; `--rebuild` repairs. */
export async function rollupCommand(config: Config, options: { rebuild: boolean }): Promise<number> {
  const connection = connect(config);
  try {
    await migrateToLatest(connection.db);
    if (options.rebuild) {
      await rebuildRollups(connection.db);
      console.log('rollups rebuilt from the activities');
    }
    const started = performance.now();
    const differences = await checkRollups(connection.db);
    const ms = Math.round(performance.now() - started);
    if (differences.length === 0) {
      console.log(`rollups match the activities (checked in ${ms} ms)`);
      return 0;
    }
    console.log(`${differences.length} rollup rows differ from the activities:`);
    for (const d of differences.slice(0, 50))
      console.log(`  ${d.table} ${d.key}: expected ${d.expected.join('/')} stored ${d.stored.join('/')}`);
    if (differences.length > 50) console.log(`  … and ${differences.length - 50} more`);
    return 1;
  } finally {
    await connection.close();
  }
}
