import type { DateRange } from '#domain/calendar';
import type { ChildrenResponse } from '#domain/dashboard';
import { strategies, type Strategy } from '#domain/taxonomy';
import type { Db } from '#server/db/database';
import { strategyNames } from '#server/features/activities/export';
import { inPages } from '#server/features/exports/pages';
import type { RowBatches, SheetDefinition } from '#server/features/exports/sheet';
import { figuresOfRegions } from '#server/features/rollups/service';
import { childrenOfRegion } from './dashboard';
import type { RegionScope } from './scope';

// The dashboard's table of child regions as a file, with what the screen shows of each (partners,
// average score, colours, activities) and what it shows only for the region as a whole (the
// activities per strategy, the participants by sex), so a province can compare its regencies in Excel.

type ChildRegionFigures = ChildrenResponse['items'][number] & {
  byStrategy: Record<Strategy, number>;
  male: number;
  female: number;
};

export const childRegionsSheet: SheetDefinition<ChildRegionFigures> = {
  name: 'Dasbor per wilayah',
  columns: [
    { header: 'Kode wilayah', type: 'text', width: 14, value: (c) => c.code },
    { header: 'Wilayah', type: 'text', width: 36, value: (c) => c.name },
    { header: 'Mitra', type: 'integer', value: (c) => c.partners },
    { header: 'Rata-rata skor KPI', type: 'decimal', value: (c) => c.averageScore },
    { header: 'KPI hijau', type: 'integer', value: (c) => c.kpi.hijau },
    { header: 'KPI kuning', type: 'integer', value: (c) => c.kpi.kuning },
    { header: 'KPI merah', type: 'integer', value: (c) => c.kpi.merah },
    { header: 'Kegiatan', type: 'integer', value: (c) => c.activities },
    ...strategies.map((s) => ({ header: strategyNames[s], type: 'integer' as const, value: (c: ChildRegionFigures) => c.byStrategy[s] })),
    { header: 'Peserta laki-laki', type: 'integer', value: (c) => c.male },
    { header: 'Peserta perempuan', type: 'integer', value: (c) => c.female },
    { header: 'Jumlah peserta', type: 'integer', value: (c) => c.male + c.female },
  ],
};

/** The region's children as `GET /api/dashboard/children` answers them, each with its activities per strategy and participants. */
export async function childRegionFigures(db: Db, region: RegionScope, range: DateRange): Promise<RowBatches<ChildRegionFigures>> {
  const { items } = await childrenOfRegion(db, region, range);
  const rows = await figuresOfRegions(
    db,
    items.map((c) => c.code),
    range.from,
    range.to,
  );
  const empty = () => ({ byStrategy: { layanan_informasi: 0, pelibatan_masyarakat: 0, advokasi: 0 }, male: 0, female: 0 });
  const figures = new Map(items.map((c) => [c.code, empty()]));
  for (const r of rows) {
    const f = figures.get(r.region_code);
    if (!f) continue;
    f.byStrategy[r.strategy as Strategy] += Number(r.activities);
    f.male += Number(r.male);
    f.female += Number(r.female);
  }
  return inPages(items.map((c) => ({ ...c, ...(figures.get(c.code) ?? empty()) })));
}
