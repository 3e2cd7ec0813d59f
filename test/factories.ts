import type { Role } from '#domain/roles';
import type { PartnerScheme, PartnerType } from '#domain/taxonomy';
import type { DbOrTx } from '#server/db/database';
import { hashPassword } from '#server/features/auth/passwords';
import { insertPartner } from '#server/features/partners/repository';
import { insertUser } from '#server/features/users/repository';
import { testPassword } from './app';

let sequence = 0;
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

export async function makePartner(
  db: DbOrTx,
  partner: { regionCode: string; type?: PartnerType; scheme?: PartnerScheme; name?: string; cohortYear?: number },
): Promise<{ id: number; regionCode: string }> {
  const stamp = new Date().toISOString();
  const id = await insertPartner(db, {
    name: partner.name ?? `Perpustakaan Uji ${next()}`,
    type: partner.type ?? 'desa',
    scheme: partner.scheme ?? 'full_support',
    region_code: partner.regionCode,
    cohort_year: partner.cohortYear ?? 2019,
    address: null,
    phone: null,
    created_at: stamp,
    updated_at: stamp,
  });
  return { id, regionCode: partner.regionCode };
}
