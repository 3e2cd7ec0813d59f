import type { Db } from '#server/db/database';
import { hashPassword } from '#server/features/auth/passwords';
import { findPartnerByRegion, insertPartner } from '#server/features/partners/repository';
import { findRegion } from '#server/features/regions/repository';
import { insertUser } from '#server/features/users/repository';
import { demoLogins, demoPassword } from './logins';

/** Builds the demo of Kepulauan Bangka Belitung on an empty database. */
export async function seedDemo(db: Db, now: Date): Promise<void> {
  const passwordHash = await hashPassword(demoPassword);
  const stamp = now.toISOString();
  await db.transaction().execute(async (tx) => {
    for (const login of demoLogins) {
      let partnerId: number | null = null;
      if ('partnerRegionCode' in login) {
        const existing = await findPartnerByRegion(tx, login.partnerRegionCode);
        const village = await findRegion(tx, login.partnerRegionCode);
        partnerId =
          existing?.id ??
          (await insertPartner(tx, {
            name: `Perpusdes ${village?.name ?? login.partnerRegionCode}`,
            type: 'desa',
            scheme: 'full_support',
            region_code: login.partnerRegionCode,
            cohort_year: 2018,
            address: null,
            phone: null,
            created_at: stamp,
            updated_at: stamp,
          }));
      }
      await insertUser(tx, {
        username: login.username,
        password_hash: passwordHash,
        role: login.role,
        region_code: 'regionCode' in login ? login.regionCode : null,
        partner_id: partnerId,
        display_name: login.displayName,
        created_at: stamp,
      });
    }
  });
}
