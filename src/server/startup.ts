import type { Config } from './config';
import type { Connection } from './db/connect';
import { migrateToLatest } from './db/migrate';
import { hashPassword } from './features/auth/passwords';
import { seedDemo } from './features/demo/seed';
import { ensureDefaultProfile } from './features/kpi/profiles';
import { loadRegions } from './features/regions/loader';
import { countUsers, insertUser } from './features/users/repository';

export interface PrepareReport {
  migrations: string[];
  regionsLoaded: number;
  regionsMs: number;
  adminCreated: string | null;
  demoCreated: boolean;
}

/** The demo stores its stories' photos, so building it needs the upload directory. */
export type PrepareOptions = Pick<Config, 'admin'> & ({ demo: false } | Pick<Config, 'demo' | 'uploadDir'>);

/**
 * Everything `start` does before serving. On an empty database it loads the regions and
 * creates the first admin and the demo; on a database with users it only migrates.
 */
export async function prepareDatabase(
  { db }: Connection,
  config: PrepareOptions,
  log: (line: string) => void = () => {},
  progress?: (done: number, total: number) => void,
): Promise<PrepareReport> {
  const migrations = await migrateToLatest(db);
  if (migrations.length) log(`migrated: ${migrations.join(', ')}`);
  const started = performance.now();
  const regionsLoaded = await loadRegions(db);
  const regionsMs = Math.round(performance.now() - started);
  if (regionsLoaded) log(`loaded ${regionsLoaded.toLocaleString('en')} regions in ${regionsMs} ms`);

  await ensureDefaultProfile(db, new Date());

  const empty = (await countUsers(db)) === 0;
  let adminCreated: string | null = null;
  if (empty && config.admin) {
    await insertUser(db, {
      username: config.admin.username.toLowerCase(),
      password_hash: await hashPassword(config.admin.password),
      role: 'admin_pusat',
      region_code: null,
      partner_id: null,
      display_name: null,
      created_at: new Date().toISOString(),
    });
    adminCreated = config.admin.username.toLowerCase();
    log(`created national admin ${adminCreated}`);
  }
  const demoCreated = empty && config.demo;
  if (demoCreated) {
    const started = performance.now();
    const demo = await seedDemo(db, new Date(), config.uploadDir, (done, total) => progress?.(done, total));
    log(
      `built the demo province Kepulauan Bangka Belitung (19): ${demo.partners} partners, ${demo.activities.toLocaleString('en')} activities, ` +
        `${demo.stories} good-practice stories, ${demo.problems} problems, ` +
        `a gathering of ${demo.gatheringAttendees} managers, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  return { migrations, regionsLoaded, regionsMs, adminCreated, demoCreated };
}
