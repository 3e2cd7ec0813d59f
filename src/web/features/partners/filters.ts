import { yearBounds } from '#domain/calendar';
import { firstCohortYear } from '#domain/partners';
import { RegionCode } from '#domain/regions';
import { PartnerScheme, PartnerType } from '#domain/taxonomy';
import type { PartnerFilters } from './api';

/** Partner filters live in the address, like the activity list's. */
export function partnerFiltersFrom(params: URLSearchParams): PartnerFilters {
  const region = RegionCode.safeParse(params.get('region'));
  const type = PartnerType.safeParse(params.get('type'));
  const scheme = PartnerScheme.safeParse(params.get('scheme'));
  const cohortYear = Number(params.get('cohortYear'));
  const active = params.get('active');
  const q = params.get('q')?.trim().slice(0, 60);
  return {
    region: region.success ? region.data : undefined,
    type: type.success ? type.data : undefined,
    scheme: scheme.success ? scheme.data : undefined,
    cohortYear: Number.isInteger(cohortYear) && cohortYear >= firstCohortYear && cohortYear <= yearBounds.latest ? cohortYear : undefined,
    active: active === 'true' ? true : active === 'false' ? false : undefined,
    q: q === undefined || q === '' ? undefined : q,
  };
}

export function partnerParamsFor(filters: PartnerFilters, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  if (page > 1) params.set('page', String(page));
  return params;
}
