import type { Selectable } from 'kysely';

export interface RegionTable {
  code: string;
  name: string;
  level: string;
  parent_code: string | null;
  search_name: string;
}
export type RegionRow = Selectable<RegionTable>;
