import { z } from 'zod';

/**
 * A row id as a client sends it. Ids are 32-bit columns on PostgreSQL (`serial`), so anything
 * larger can name no row: refused as a validation error rather than reaching the database,
 * which would answer "out of range for type integer" with a 500.
 */
export const maxRowId = 2_147_483_647;
export const RowId = z.number().int().positive().max(maxRowId);
/** The same id in a path or query string. */
export const RowIdParam = z.coerce.number().int().positive().max(maxRowId);
