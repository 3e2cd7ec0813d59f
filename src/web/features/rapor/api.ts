import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { RaporResponse } from '#domain/rapor';
import { apiQuery } from '#web/api/queries.ts';
import { reportSearch, type Period } from '#web/features/dashboard/period.ts';

/**
 * While another period loads, the rapor shown stays on screen (marked as loading) instead of the
 * page blanking; the page is keyed by partner, so the previous answer is always this partner's.
 */
export const raporQuery = (partnerId: number, period: Period) =>
  queryOptions({
    ...apiQuery(`/api/kpi/partners/${partnerId}?${reportSearch(null, period)}`, RaporResponse),
    placeholderData: keepPreviousData,
  });

/** The same rapor as a PDF; the server names the file and sends it as an attachment. */
export const raporPdfUrl = (partnerId: number, period: Period) => `/api/kpi/partners/${partnerId}/rapor.pdf?${reportSearch(null, period)}`;

/** Where a partner's rapor lives in the app, for the same period. */
export const raporPath = (partnerId: number, period: Period) => `/mitra/${partnerId}/rapor?${reportSearch(null, period)}`;
