import { z } from 'zod';
import { programmeStartYear, yearBounds } from './calendar';
import { exportFormatField } from './exports';
import { RegionCode, type RegionLevel } from './regions';
import { PartnerScheme, PartnerType } from './taxonomy';
import { PlainText } from './text';

/** A partner sits at a region of the level its type serves; village libraries and TBMs sit at a village (desa/kelurahan). */
export const regionLevelOfPartnerType: Record<PartnerType, RegionLevel> = {
  provinsi: 'provinsi',
  kabkota: 'kabkota',
  desa: 'desa',
  tbm: 'desa',
};

/** The first cohort joined in the programme's first year. */
export const firstCohortYear = programmeStartYear;

const PartnerName = PlainText.trim().min(3).max(160);
const Address = PlainText.trim().min(1).max(300);
const Phone = PlainText.trim()
  .max(30)
  .regex(/^\+?[0-9][0-9 ()-]{5,}$/, 'digits, spaces, dashes and brackets only, optionally starting with +');
const CohortYear = z.number().int().min(firstCohortYear).max(yearBounds.latest);

export const CreatePartnerBody = z.strictObject({
  name: PartnerName,
  type: PartnerType,
  scheme: PartnerScheme,
  regionCode: RegionCode,
  cohortYear: CohortYear,
  address: Address.optional(),
  phone: Phone.optional(),
});
export type CreatePartnerBody = z.infer<typeof CreatePartnerBody>;

/** Every field optional; `null` clears address or phone; `active: false` deactivates and keeps the history. */
export const UpdatePartnerBody = z.strictObject({
  name: PartnerName.optional(),
  type: PartnerType.optional(),
  scheme: PartnerScheme.optional(),
  regionCode: RegionCode.optional(),
  cohortYear: CohortYear.optional(),
  address: Address.nullable().optional(),
  phone: Phone.nullable().optional(),
  active: z.boolean().optional(),
});
export type UpdatePartnerBody = z.infer<typeof UpdatePartnerBody>;

export const Partner = z.object({
  id: z.number().int(),
  name: z.string(),
  type: PartnerType,
  scheme: PartnerScheme,
  regionCode: z.string(),
  regionName: z.string(),
  cohortYear: z.number().int(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Partner = z.infer<typeof Partner>;

export const PartnerManager = z.object({ id: z.number().int(), username: z.string(), displayName: z.string().nullable() });

/** The partner page: its data, its managers (pengelola users) and how many of its activities are in each status. */
export const PartnerDetail = Partner.extend({
  managers: z.array(PartnerManager),
  activityCounts: z.object({
    draft: z.number().int(),
    submitted: z.number().int(),
    verified: z.number().int(),
    returned: z.number().int(),
  }),
});
export type PartnerDetail = z.infer<typeof PartnerDetail>;

export const PartnerListQuery = z.strictObject({
  /** Partners anywhere inside this region (a province, regency, district or village). */
  region: RegionCode.optional(),
  type: PartnerType.optional(),
  scheme: PartnerScheme.optional(),
  cohortYear: z.coerce.number().int().min(firstCohortYear).max(yearBounds.latest).optional(),
  active: z.stringbool().optional(),
  /** Part of the name, any case. */
  q: PlainText.trim().min(1).max(60).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type PartnerListQuery = z.infer<typeof PartnerListQuery>;

export const PartnerList = z.object({ items: z.array(Partner), total: z.number().int() });
export type PartnerList = z.infer<typeof PartnerList>;

/** `GET /api/partners/export`: the list's filters and a file format; every matching partner, no paging. */
export const PartnerExportQuery = PartnerListQuery.omit({ page: true, pageSize: true }).extend(exportFormatField);
export type PartnerExportQuery = z.infer<typeof PartnerExportQuery>;
