import { z } from 'zod';

/** The two file kinds every list and report downloads as: Excel workbook or CSV (UTF-8 with BOM). */
export const exportFormats = ['xlsx', 'csv'] as const;
export const ExportFormat = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** `format` as every export route takes it, beside the filters of the list it exports. */
export const exportFormatField = { format: ExportFormat };
