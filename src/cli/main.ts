import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '#server/config';
import { connect } from '#server/db/connect';
import { migrateToLatest } from '#server/db/migrate';
import { backupCommand } from './backup';
import { benchCommand } from './bench/command';
import { elisCommand } from './elis';
import { importCommand } from './import';
import { openApiCommand } from './openapi';
import { remindCommand } from './remind';
import { restoreCommand } from './restore';
import { rollupCommand } from './rollup';
import { serve } from './serve';
import { askHidden } from './hidden-prompt';
import { userCommand } from './user';

const usage = `sim-tpbis <command>

  start            migrate, load regions, build the demo on an empty database (unless SIM_DEMO=0), serve
  serve [--demo]   migrate, load regions, serve; builds the demo only when asked
  migrate          bring the database schema up to date and exit
  rollup --check   recompute the KPI rollups from the activities and report any difference
  rollup --rebuild rebuild the rollups from the activities, then check
  backup DIR       copy the running system (SQLite database and uploads, consistent) into a new or empty DIR
  restore DIR      restore a backup into an empty DATA_DIR (on PostgreSQL both explain pg_dump/pg_restore)
  bench [--partners N] [--activities N] [--runs N] [--keep | --reuse DIR] [--skip-questions] [--skip-exports] [--skip-import] [--http SECONDS] [--history N]
        [--database sqlite|postgres]  (postgres: the database at DATABASE_URL; with --reuse, DIR is ignored)
                   build a synthetic nation on a fresh embedded database (or reuse one kept earlier)
                   and time the dashboards, the national export and an import of 50,000 activities
                   (which the nation keeps); --http also serves it and times reports, dashboards and
                   stalls over HTTP under load, SECONDS per phase
  remind [--month YYYY-MM]
                   remind every library silent in the past month (once its deadline has passed) or in
                   the month given; each library gets one automatic reminder per month, whoever runs it
  import partners|activities FILE [--as USERNAME] [--dry-run]
                   import an XLSX or CSV file made from the template (GET /api/imports/…/template.xlsx),
                   all or nothing, as the user named (else the first national admin); prints every problem
  elis import DIR [--publish] [--as USERNAME]
                   load an Elis course folder (format: src/demo/elis/dasar-inklusi-sosial/README.md);
                   a re-import updates the course of the same folder name, keeping learners' progress
  user add USERNAME --role ROLE [--region CODE | --partner ID] [--name NAME] [--email E]
                   create a user on a database that has data, under the API's rules (password strength,
                   role and scope, unique username); the password comes from SIM_USER_PASSWORD or is
                   asked for on the terminal
  user password USERNAME
                   set a user's password (same source) and end every session it has
  openapi          write docs/openapi.json from the routes' schemas (npm run openapi; commit the result)

Settings come from the environment: HOST, PORT, DATA_DIR, DATABASE_URL, SIM_ADMIN_USERNAME,
SIM_ADMIN_PASSWORD, SIM_DEMO, SESSION_TTL_HOURS, COOKIE_SECURE, TRUST_PROXY, LOG_LEVEL.`;

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      rebuild: { type: 'boolean', default: false },
      partners: { type: 'string', default: '100000' },
      activities: { type: 'string', default: '2000000' },
      runs: { type: 'string', default: '15' },
      keep: { type: 'boolean', default: false },
      reuse: { type: 'string' },
      'skip-exports': { type: 'boolean', default: false },
      http: { type: 'string' },
      history: { type: 'string' },
      'skip-questions': { type: 'boolean', default: false },
      'skip-import': { type: 'boolean', default: false },
      database: { type: 'string', default: 'sqlite' },
      publish: { type: 'boolean', default: false },
      as: { type: 'string' },
      month: { type: 'string' },
      role: { type: 'string' },
      region: { type: 'string' },
      partner: { type: 'string' },
      name: { type: 'string' },
      email: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const command = positionals[0];
  if (values.help || !command) {
    console.log(usage);
    return;
  }
  // Needs no settings: the document comes from the code alone.
  if (command === 'openapi') {
    process.exitCode = await openApiCommand();
    return;
  }
  const config = loadConfig();
  switch (command) {
    case 'start':
      return serve(config, { demo: config.demo });
    case 'serve':
      return serve(config, { demo: values.demo });
    case 'migrate':
      return migrateOnly(config);
    case 'bench':
      return benchCommand({
        partners: count(values.partners, 'partners'),
        activities: count(values.activities, 'activities'),
        runs: count(values.runs, 'runs'),
        keep: values.keep,
        reuse: values.reuse,
        skipExports: values['skip-exports'],
        skipQuestions: values['skip-questions'],
        skipImport: values['skip-import'],
        httpSeconds: values.http === undefined ? undefined : count(values.http, 'http'),
        history: values.history === undefined ? undefined : count(values.history, 'history'),
        databaseUrl: benchDatabase(values.database, config),
      });
    case 'rollup':
      process.exitCode = await rollupCommand(config, { rebuild: values.rebuild });
      return;
    case 'backup':
      process.exitCode = await backupCommand(config, positionals[1]);
      return;
    case 'restore':
      process.exitCode = await restoreCommand(config, positionals[1]);
      return;
    case 'remind':
      process.exitCode = await remindCommand(config, { month: values.month });
      return;
    case 'import':
      process.exitCode = await importCommand(config, {
        kind: positionals[1],
        file: positionals[2],
        dryRun: values['dry-run'],
        ...(values.as ? { as: values.as } : {}),
      });
      return;
    case 'elis':
      process.exitCode = await elisCommand(config, {
        action: positionals[1],
        dir: positionals[2],
        publish: values.publish,
        ...(values.as ? { as: values.as } : {}),
      });
      return;
    case 'user':
      process.exitCode = await userCommand(
        config,
        {
          action: positionals[1],
          username: positionals[2],
          role: values.role,
          region: values.region,
          partner: values.partner,
          name: values.name,
          email: values.email,
        },
        {
          env: process.env,
          askPassword: process.stdin.isTTY ? askHidden : null,
          log: (line) => console.log(line),
          error: (line) => console.error(line),
        },
      );
      return;
    default:
      throw new ConfigError(`unknown command "${command}"\n\n${usage}`);
  }
}

/** The bench's database: a fresh embedded one, or PostgreSQL at DATABASE_URL. */
function benchDatabase(database: string, config: Config): string | undefined {
  if (database === 'sqlite') return undefined;
  if (database !== 'postgres') throw new ConfigError(`--database must be sqlite or postgres, not "${database}"`);
  if (!config.databaseUrl) throw new ConfigError('--database postgres needs DATABASE_URL (an empty database, or one to --reuse)');
  return config.databaseUrl;
}

function count(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`--${name} must be a positive whole number, not "${value}"`);
  return n;
}

async function migrateOnly(config: Config): Promise<void> {
  const connection = connect(config);
  try {
    const done = await migrateToLatest(connection.db);
    console.log(done.length ? `applied ${done.join(', ')}` : 'already up to date');
  } finally {
    await connection.close();
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exitCode = 1;
});
