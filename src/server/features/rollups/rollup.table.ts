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

/** One row per partner and month it has counted activities dated in: what completeness reads. */
export interface RollupPartnerReportingTable {
  partner_id: number;
  /** `YYYY-MM` */
  month: string;
  /** The partner's region, so a region's month is one index range. */
  region_code: string;
  /** Counted activities dated in the month; 0 once the last stopped counting. */
  activities: number;
  /** The earliest `submitted_at` among them: the month's first report, for "on time". */
  first_submitted_at: string | null;
  /** The latest activity day among them, for a silent partner's last report. */
  last_date: string | null;
}

export interface KpiGenerationTable {
  province_code: string;
  generation: number;
}

/** A partner moved by a KPI generation of its province (see migration 0020). */
export interface KpiChangeTable {
  province_code: string;
  generation: number;
  partner_id: number;
}
