import { addDays } from '#domain/calendar';
import { mulberry32 } from '#demo/random';
import type { Db } from '#server/db/database';
import type { NewActivityRow } from '#server/features/activities/activity.table';
import { insertUser } from '#server/features/users/repository';
import { rebuildRollupTables } from '#server/features/rollups/repository';
import { allPartners, analyze, benchReporter, findRegionsAtLevel, insertActivitiesBulk, insertPartnersBulk } from './repository';

export interface NationSize {
  partners: number;
  activities: number;
}

export interface GenerationReport {
  partnersMs: number;
  activitiesMs: number;
  rollupsMs: number;
}

const batch = 1000;
const strategies = [
  { strategy: 'pelibatan_masyarakat', share: 0.65, subtype: 'sosialisasi' },
  { strategy: 'advokasi', share: 0.33, subtype: 'audiensi_kepala_desa' },
  { strategy: 'layanan_informasi', share: 0.02, subtype: 'layanan_internet' },
] as const;

/**
 * A synthetic nation on the real regions: a library for every province and regency, the rest
 * village libraries (and reading parks once every village has one), and activities through
 * January – October 2024 at about two per partner-month, most verified.
 */
export async function generateNation(
  db: Db,
  size: NationSize,
  onProgress: (stage: string, done: number, total: number) => void,
): Promise<GenerationReport> {
  const random = mulberry32(2024);
  const stamp = '2024-11-01T00:00:00.000Z';
  const t0 = performance.now();
  const reporter = await insertUser(db, {
    username: 'bench',
    password_hash: '-',
    role: 'admin_pusat',
    region_code: null,
    partner_id: null,
    display_name: 'Benchmark',
    created_at: stamp,
  });

  const [provinces, regencies, villages] = await Promise.all([
    findRegionsAtLevel(db, 'provinsi'),
    findRegionsAtLevel(db, 'kabkota'),
    findRegionsAtLevel(db, 'desa'),
  ]);
  const places: { code: string; type: string }[] = [
    ...provinces.map((code) => ({ code, type: 'provinsi' })),
    ...regencies.map((code) => ({ code, type: 'kabkota' })),
  ];
  for (let i = 0; places.length < size.partners; i++)
    places.push({ code: villages[i % villages.length] ?? '11', type: i < villages.length ? 'desa' : 'tbm' });
  const schemes = ['full_support', 'buku_bermutu', 'replikasi_desa', 'replikasi_kabkota', 'replikasi_provinsi'];
  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < places.length; i += batch) {
      const rows = places.slice(i, i + batch).map((p, j) => ({
        name: `Perpustakaan ${i + j + 1}`,
        type: p.type,
        scheme: schemes[Math.floor(random() * schemes.length)] ?? 'full_support',
        region_code: p.code,
        cohort_year: 2018 + Math.floor(random() * 7),
        address: null,
        phone: null,
        created_at: stamp,
        updated_at: stamp,
      }));
      await insertPartnersBulk(tx, rows);
      onProgress('partners', Math.min(i + batch, places.length), places.length);
    }
  });
  const partnersMs = performance.now() - t0;

  const t1 = performance.now();
  await insertActivities(db, size.activities, { reporter, random, firstDay: '2024-01-01', days: 305 }, (done, total) =>
    onProgress('activities', done, total),
  );
  const activitiesMs = performance.now() - t1;

  const t2 = performance.now();
  onProgress('rollups', 0, 1);
  await db.transaction().execute((tx) => rebuildRollupTables(tx));
  await analyze(db);
  onProgress('rollups', 1, 1);
  return { partnersMs, activitiesMs, rollupsMs: performance.now() - t2 };
}

/**
 * Grows a nation's history: `count` more activities spread over the five years before its 2024
 * (2019–2023), on the same partners with the same skew, then the rollups rebuilt. The questions
 * the bench asks are about 2024, so what they cost should not move: this is the growth check of
 * issue 13 (a 2,000,000-activity nation grown to 10,000,000).
 */
export async function growHistory(
  db: Db,
  count: number,
  onProgress: (stage: string, done: number, total: number) => void,
): Promise<{ activitiesMs: number; rollupsMs: number }> {
  const reporter = await benchReporter(db);
  const t1 = performance.now();
  const days = Math.round((Date.UTC(2024, 0, 1) - Date.UTC(2019, 0, 1)) / 86_400_000);
  await insertActivities(db, count, { reporter, random: mulberry32(2019), firstDay: '2019-01-01', days }, (done, total) =>
    onProgress('history', done, total),
  );
  const activitiesMs = performance.now() - t1;
  const t2 = performance.now();
  onProgress('rollups', 0, 1);
  await db.transaction().execute((tx) => rebuildRollupTables(tx));
  await analyze(db);
  onProgress('rollups', 1, 1);
  return { activitiesMs, rollupsMs: performance.now() - t2 };
}

interface ActivitySpread {
  reporter: number;
  random: () => number;
  firstDay: string;
  /** Dates are drawn uniformly from this many days from `firstDay`. */
  days: number;
}

/** Activities on the nation's partners, drawn by a skewed weight (some libraries are far busier), in one transaction. */
async function insertActivities(
  db: Db,
  count: number,
  { reporter, random, firstDay, days }: ActivitySpread,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  const partners = await allPartners(db);
  const weights = partners.map(() => 0.2 + random() * random() * 3.6);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const totalWeight = cumulative.at(-1) ?? 1;
  const pickPartner = () => {
    const x = random() * totalWeight;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return partners[lo] ?? partners[0];
  };

  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < count; i += batch) {
      const rows: NewActivityRow[] = [];
      for (let j = i; j < Math.min(i + batch, count); j++) {
        const partner = pickPartner();
        if (!partner) throw new Error('no partners');
        const r = random();
        const s = r < 0.65 ? strategies[0] : r < 0.98 ? strategies[1] : strategies[2];
        const date = addDays(firstDay, Math.floor(random() * days));
        const status = random() < 0.9 ? 'verified' : random() < 0.6 ? 'submitted' : random() < 0.5 ? 'draft' : 'returned';
        const people = s.strategy === 'pelibatan_masyarakat' ? 5 + Math.floor(random() * 35) : Math.floor(random() * 8);
        const male = Math.floor(people * (0.3 + random() * 0.4));
        rows.push({
          partner_id: partner.id,
          region_code: partner.region_code,
          strategy: s.strategy,
          subtype: s.subtype,
          title: `Kegiatan ${j + 1}`,
          date,
          participants_male: male,
          participants_female: people - male,
          participants_disability: 0,
          participants_elderly: 0,
          participants_children: 0,
          stakeholders: '[]',
          status,
          created_by: reporter,
          created_at: `${date}T02:00:00.000Z`,
          updated_at: `${date}T08:00:00.000Z`,
          // Sent 0–24 days after the activity, so some of a month's first reports miss day 5 of the next.
          submitted_at: status === 'draft' ? null : `${addDays(date, (j * 7919) % 25)}T08:00:00.000Z`,
        });
      }
      await insertActivitiesBulk(tx, rows);
      if ((i / batch) % 20 === 0 || i + batch >= count) onProgress(Math.min(i + batch, count), count);
    }
  });
}
