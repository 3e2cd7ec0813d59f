import { setFlagsFromString } from 'node:v8';
import type { Config } from '#server/config';
import { buildApp } from '#server/app';
import { CheckpointThread } from '#server/db/checkpoints';
import { connect } from '#server/db/connect';
import { demoLogins, demoPassword } from '#server/features/demo/logins';
import { dailyRound } from '#server/features/reminders/schedule';
import { prepareDatabase } from '#server/startup';

/** Prepares the database, serves until SIGINT/SIGTERM, then closes cleanly. */
export async function serve(config: Config, options: { demo: boolean }): Promise<void> {
  // V8 lets the old generation grow to twice what survived its last full collection before the
  // next one; a server under reports and dashboard reads (~100 MB live with every province's
  // scores cached) then sat at ~500 MB of garbage it had not yet collected. Growing by 30% keeps
  // it near 360 MB at the same latencies (BENCHMARKS.md, issue 13). Read by V8 each time it sets
  // the next limit, so setting it now, before anything is cached, is as good as a node flag.
  setFlagsFromString('--heap-growing-percent=30');
  const connection = connect(config);
  const report = await prepareDatabase(connection, { admin: config.admin, demo: options.demo, uploadDir: config.uploadDir }, (line) =>
    console.log(line),
  );
  const app = await buildApp({ config, connection });
  // The monthly reminder to silent libraries runs inside the serving process (tests build apps without it).
  const reminders = dailyRound(connection.db, app.notifier, app.clock, app.log);
  reminders.start();
  // The embedded database's WAL is copied into its file by a thread of its own, not by whichever request commits.
  const checkpoints = connection.file
    ? await CheckpointThread.start(connection, (error) =>
        app.log.warn({ err: error }, 'checkpoint thread failed; commits checkpoint alone'),
      )
    : undefined;
  const shutdown = async () => {
    reminders.stop();
    await app.close();
    await checkpoints?.stop();
    await connection.close();
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen({ host: config.host, port: config.port });
  const url = `http://${config.host}:${config.port}`;
  console.log(`\nSIM TPBIS is running at ${url} (database: ${connection.dialect})`);
  if (report.demoCreated || options.demo) {
    console.log(`\nDemo logins (password "${demoPassword}"):`);
    for (const login of demoLogins) console.log(`  ${login.username.padEnd(10)} ${login.role.padEnd(15)} ${login.displayName}`);
  }
}
