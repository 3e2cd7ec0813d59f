import { CompletenessResponse, CompletenessTrendResponse, type CompletenessExportRows } from '#domain/completeness';
import type { ExportFormat } from '#domain/exports';
import { apiQuery } from '#web/api/queries.ts';

/** `?region=…&month=…`: the region only when it is not the user's own scope (null). */
export function completenessSearch(region: string | null, month: string): string {
  const params = new URLSearchParams();
  if (region !== null) params.set('region', region);
  params.set('month', month);
  return params.toString();
}

export const completenessQuery = (region: string | null, month: string) =>
  apiQuery(`/api/completeness?${completenessSearch(region, month)}`, CompletenessResponse);

export function completenessTrendQuery(region: string | null, from: string, to: string) {
  const params = new URLSearchParams();
  if (region !== null) params.set('region', region);
  params.set('from', from);
  params.set('to', to);
  return apiQuery(`/api/completeness/trend?${params.toString()}`, CompletenessTrendResponse);
}

/** A table of the screen as a file: the child regions' figures, or every silent library (the screen lists 500). */
export const completenessExportPath = (region: string | null, month: string, rows: CompletenessExportRows, format: ExportFormat) =>
  `/api/completeness/export?${completenessSearch(region, month)}&rows=${rows}&format=${format}`;
