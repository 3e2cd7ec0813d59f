import type { Partner } from '#domain/partners';
import { PartnerScheme, PartnerType } from '#domain/taxonomy';
import type { PartnerRow } from './partner.table';

export function toPartner(row: PartnerRow & { region_name: string }): Partner {
  return {
    id: row.id,
    name: row.name,
    type: PartnerType.parse(row.type),
    scheme: PartnerScheme.parse(row.scheme),
    regionCode: row.region_code,
    regionName: row.region_name,
    cohortYear: row.cohort_year,
    address: row.address,
    phone: row.phone,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
