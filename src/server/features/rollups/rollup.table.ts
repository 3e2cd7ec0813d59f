export interface RollupRegionDayTable {
  /** A region code of any level, or `ID` for the whole country. */
  region_code: string;
  day: string;
  strategy: string;
  activities: number;
  participants_male: number;
  participants_female: number;
}

export interface RollupPartnerMonthTable {
  partner_id: number;
  /** `YYYY-MM` */
  month: string;
  strategy: string;
  /** The partner's region, so a region's partners are one index range. */
  region_code: string;
  activities: number;
  participants: number;
}

export interface KpiGenerationTable {
  province_code: string;
  generation: number;
}
