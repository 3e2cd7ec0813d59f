import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_activities';
import * as m0003 from './0003_rollups';
import * as m0004 from './0004_gatherings';
import * as m0005 from './0005_kpi_generations';
import * as m0006 from './0006_region_prefix_indexes';
import * as m0007 from './0007_owned_photos_comments';
import * as m0008 from './0008_login_known_places';
import * as m0009 from './0009_practices';
import * as m0010 from './0010_problems';
import * as m0011 from './0011_demo_builds';
import * as m0012 from './0012_gathering_agenda';
import * as m0013 from './0013_courses';
import * as m0014 from './0014_gathering_courses';
import * as m0015 from './0015_reporting_rollup';
import * as m0016 from './0016_notifications';
// ---- users admin ----
import * as m0017 from './0017_user_admin';
import * as m0018 from './0018_reminders';
// ---- end users admin ----
import * as m0019 from './0019_api_tokens';
import * as m0020 from './0020_kpi_changes';
import * as m0021 from './0021_province_date_index';
// ---- imports ----
import * as m0022 from './0022_import_refs';
import * as m0023 from './0023_province_date_index_only';
// ---- end imports ----
import * as m0024 from './0024_kpi_generation_notices';
import * as m0025 from './0025_kpi_profile_notices';

/** Migrations are listed here in order; each is frozen once it has shipped. */
const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_activities': m0002,
  '0003_rollups': m0003,
  '0004_gatherings': m0004,
  '0005_kpi_generations': m0005,
  '0006_region_prefix_indexes': m0006,
  '0007_owned_photos_comments': m0007,
  '0008_login_known_places': m0008,
  '0009_practices': m0009,
  '0010_problems': m0010,
  '0011_demo_builds': m0011,
  '0012_gathering_agenda': m0012,
  '0013_courses': m0013,
  '0014_gathering_courses': m0014,
  '0015_reporting_rollup': m0015,
  '0016_notifications': m0016,
  // ---- users admin ----
  '0017_user_admin': m0017,
  '0018_reminders': m0018,
  // ---- end users admin ----
  '0019_api_tokens': m0019,
  '0020_kpi_changes': m0020,
  '0021_province_date_index': m0021,
  // ---- imports ----
  '0022_import_refs': m0022,
  // ---- end imports ----
  '0023_province_date_index_only': m0023,
  '0024_kpi_generation_notices': m0024,
  '0025_kpi_profile_notices': m0025,
};

export const migrationProvider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };
