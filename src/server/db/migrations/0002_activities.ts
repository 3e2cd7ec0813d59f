import type { Kysely } from 'kysely';
import { withId } from './dialect';

/**
 * Activities (kegiatan) with their audit trail and evidence photos, and the activity sub-types
 * as data. The sub-type list is copied here, not imported: a migration is frozen in time.
 */
const subtypes: [code: string, strategy: string, labelId: string, labelEn: string][] = [
  ['layanan_internet', 'layanan_informasi', 'Layanan internet / TIK', 'Internet / ICT service'],
  ['penambahan_koleksi', 'layanan_informasi', 'Penambahan koleksi', 'New collection'],
  ['jam_layanan', 'layanan_informasi', 'Penambahan jam layanan', 'Longer opening hours'],
  ['layanan_baru', 'layanan_informasi', 'Layanan baru', 'New service'],
  ['pelatihan_keterampilan', 'pelibatan_masyarakat', 'Pelatihan keterampilan', 'Skills training'],
  ['sosialisasi', 'pelibatan_masyarakat', 'Sosialisasi', 'Public information session'],
  ['wisata_literasi', 'pelibatan_masyarakat', 'Wisata literasi', 'Literacy visit'],
  ['storytelling', 'pelibatan_masyarakat', 'Mendongeng (storytelling)', 'Storytelling'],
  ['kelas_perempuan', 'pelibatan_masyarakat', 'Kelas perempuan', 'Class for women'],
  ['kelas_lansia', 'pelibatan_masyarakat', 'Kelas lansia', 'Class for the elderly'],
  ['kelas_remaja', 'pelibatan_masyarakat', 'Kelas remaja', 'Class for young people'],
  ['lomba_literasi', 'pelibatan_masyarakat', 'Lomba literasi', 'Literacy competition'],
  ['audiensi_kepala_desa', 'advokasi', 'Audiensi dengan kepala desa', 'Meeting with the village head'],
  ['audiensi_pemda', 'advokasi', 'Audiensi dengan pemerintah daerah', 'Meeting with the local government'],
  ['mou', 'advokasi', 'Nota kesepahaman (MoU)', 'Memorandum of understanding (MoU)'],
  ['alokasi_dana_desa', 'advokasi', 'Alokasi dana desa', 'Village fund allocation'],
  ['perdes', 'advokasi', 'Peraturan desa / daerah', 'Village or regional regulation'],
];

interface SubtypeRow {
  code: string;
  strategy: string;
  label_id: string;
  label_en: string;
  position: number;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('activity_subtypes')
    .addColumn('code', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('strategy', 'varchar(24)', (c) => c.notNull())
    .addColumn('label_id', 'varchar(100)', (c) => c.notNull())
    .addColumn('label_en', 'varchar(100)', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  const seeding = db as unknown as Kysely<{ activity_subtypes: SubtypeRow }>;
  await seeding
    .insertInto('activity_subtypes')
    .values(subtypes.map(([code, strategy, label_id, label_en], position) => ({ code, strategy, label_id, label_en, position })))
    .execute();

  await withId(db, db.schema.createTable('activities'))
    .addColumn('partner_id', 'integer', (c) => c.notNull().references('partners.id'))
    .addColumn('region_code', 'varchar(13)', (c) => c.notNull())
    .addColumn('strategy', 'varchar(24)', (c) => c.notNull())
    .addColumn('subtype', 'varchar(40)', (c) => c.references('activity_subtypes.code'))
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('date', 'varchar(10)', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('location', 'varchar(200)')
    .addColumn('participants_male', 'integer', (c) => c.notNull())
    .addColumn('participants_female', 'integer', (c) => c.notNull())
    .addColumn('participants_disability', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('participants_elderly', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('participants_children', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('stakeholders', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('outcome_document_type', 'varchar(20)')
    .addColumn('outcome_document_number', 'varchar(100)')
    .addColumn('outcome_amount_rupiah', 'bigint')
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('client_id', 'varchar(36)')
    .addColumn('photo_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('return_comment', 'varchar(1000)')
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('submitted_at', 'varchar(30)')
    .addColumn('reviewed_at', 'varchar(30)')
    .addColumn('reviewed_by', 'integer', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('activities_partner_date').on('activities').columns(['partner_id', 'date']).execute();
  // Covering for the KPI's reads of the days a range cuts out of a month, inside a region.
  await db.schema
    .createIndex('activities_region_date')
    .on('activities')
    .columns(['region_code', 'date', 'status', 'strategy', 'partner_id', 'participants_male', 'participants_female'])
    .execute();
  // The review queue: submitted, oldest submission first.
  await db.schema.createIndex('activities_status_submitted').on('activities').columns(['status', 'submitted_at']).execute();
  // A retried create with the same clientId cannot add a second row, even when both arrive at once.
  // Both databases let several rows have a NULL client_id under a unique index.
  await db.schema.createIndex('activities_client').on('activities').columns(['created_by', 'client_id']).unique().execute();

  await withId(db, db.schema.createTable('activity_events'))
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('actor_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'varchar(30)', (c) => c.notNull())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('changes', 'text')
    .addColumn('comment', 'varchar(1000)')
    .execute();
  await db.schema.createIndex('activity_events_activity').on('activity_events').columns(['activity_id', 'id']).execute();

  await withId(db, db.schema.createTable('activity_photos'))
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('file_name', 'varchar(80)', (c) => c.notNull().unique())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('activity_photos_activity').on('activity_photos').columns(['activity_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['activity_photos', 'activity_events', 'activities', 'activity_subtypes']) await db.schema.dropTable(t).execute();
}
