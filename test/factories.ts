import type { Role } from '#domain/roles';
import type { CreateActivityBody } from '#domain/activities';
import type { Actor } from '#domain/permissions';
import type { CreatePracticeBody, PracticeStatus } from '#domain/practices';
import type { ActivityStatus, PartnerScheme, PartnerType } from '#domain/taxonomy';
import type { DbOrTx } from '#server/db/database';
import { createActivity } from '#server/features/activities/service';
import { returnActivity, submitActivity, verifyActivity } from '#server/features/activities/status';
import { hashPassword } from '#server/features/auth/passwords';
import { createPartner } from '#server/features/partners/service';
import { featurePractice, publishPractice, returnPractice, submitPractice } from '#server/features/practices/review';
import { createPractice } from '#server/features/practices/service';
import { insertUser } from '#server/features/users/repository';
import { testPassword } from './app';

let sequence = 0;
/** Builders act as the national office, which may do anything anywhere. */
const nationalOffice: Actor = { id: 0, role: 'admin_pusat', regionCode: null };
const next = () => ++sequence;
let cachedHash: Promise<string> | null = null;

/** Test data builders; each takes only what a test cares about and fills the rest. */
export async function makeUser(
  db: DbOrTx,
  user: { role: Role; regionCode?: string; partnerId?: number; username?: string },
): Promise<{ id: number; username: string }> {
  cachedHash ??= hashPassword(testPassword);
  const username = user.username ?? `${user.role.replace('_', '')}${next()}`;
  const id = await insertUser(db, {
    username,
    password_hash: await cachedHash,
    role: user.role,
    region_code: user.regionCode ?? null,
    partner_id: user.partnerId ?? null,
    display_name: null,
    created_at: new Date().toISOString(),
  });
  return { id, username };
}

/** A partner created through the partners service by the national office, as the API would. */
export async function makePartner(
  db: DbOrTx,
  partner: { regionCode: string; type?: PartnerType; scheme?: PartnerScheme; name?: string; cohortYear?: number },
): Promise<{ id: number; regionCode: string }> {
  const created = await createPartner(
    db,
    nationalOffice,
    {
      name: partner.name ?? `Perpustakaan Uji ${next()}`,
      type: partner.type ?? 'desa',
      scheme: partner.scheme ?? 'full_support',
      regionCode: partner.regionCode,
      cohortYear: partner.cohortYear ?? 2019,
    },
    new Date('2024-09-28T08:00:00Z'),
  );
  return { id: created.id, regionCode: partner.regionCode };
}

/**
 * An activity reported through the activities service, by a manager of its partner, then moved
 * to the wanted status by a national reviewer: the same path the API and the demo seed take.
 */
export async function makeActivity(
  db: DbOrTx,
  activity: Partial<Omit<CreateActivityBody, 'partnerId'>> & {
    partnerId: number;
    reporterId: number;
    reviewerId?: number;
    status?: ActivityStatus;
    now?: Date;
  },
): Promise<{ id: number }> {
  const { reporterId, reviewerId, status = 'draft', now = new Date('2024-09-28T08:00:00Z'), ...fields } = activity;
  const reporter: Actor = { id: reporterId, role: 'pengelola', partnerId: activity.partnerId };
  const reviewer: Actor = { id: reviewerId ?? reporterId, role: 'admin_pusat', regionCode: null };
  const { id } = await createActivity(
    db,
    reporter,
    {
      strategy: 'pelibatan_masyarakat',
      title: `Kegiatan uji ${next()}`,
      date: '2024-09-01',
      participantsMale: 5,
      participantsFemale: 7,
      ...fields,
    },
    now,
  );
  if (status === 'draft') return { id };
  await submitActivity(db, reporter, id, now);
  if (status === 'verified') await verifyActivity(db, reviewer, id, now);
  if (status === 'returned') await returnActivity(db, reviewer, id, 'Mohon lengkapi data peserta.', now);
  return { id };
}

/**
 * A story written through the practices service by a manager of its library, then moved to the
 * wanted status (and featured) by the national office: the path the API and the demo seed take.
 */
export async function makePractice(
  db: DbOrTx,
  practice: Partial<Omit<CreatePracticeBody, 'partnerId'>> & {
    partnerId: number;
    authorId: number;
    reviewerId?: number;
    status?: PracticeStatus;
    featured?: boolean;
    now?: Date;
  },
): Promise<{ id: number }> {
  const { authorId, reviewerId, status = 'draft', featured = false, now = new Date('2024-09-28T08:00:00Z'), ...fields } = practice;
  const author: Actor = { id: authorId, role: 'pengelola', partnerId: practice.partnerId };
  const reviewer: Actor = { ...nationalOffice, id: reviewerId ?? authorId };
  const n = next();
  const id = await createPractice(
    db,
    author,
    {
      title: `Kisah uji ${n}`,
      summary: `Ringkasan kisah uji nomor ${n} dari perpustakaan desa.`,
      story: `Cerita lengkap kisah uji nomor ${n}: warga datang ke perpustakaan dan belajar bersama.`,
      ...fields,
    },
    now,
  );
  if (status === 'draft') return { id };
  await submitPractice(db, author, id, now);
  if (status === 'returned') await returnPractice(db, reviewer, id, 'Mohon tambahkan kutipan warga.', now);
  if (status === 'published') await publishPractice(db, reviewer, id, now);
  if (featured) await featurePractice(db, reviewer, id, true, now);
  return { id };
}
