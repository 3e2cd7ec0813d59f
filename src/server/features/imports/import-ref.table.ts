import type { Insertable } from 'kysely';

export interface ImportRefTable {
  scope_key: string;
  kind: string;
  ref: string;
  target_id: number;
  created_by: number;
  created_at: string;
}
export type NewImportRefRow = Insertable<ImportRefTable>;
