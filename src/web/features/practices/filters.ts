import { BookletQuery, PracticeStatus } from '#domain/practices';
import { RegionCode } from '#domain/regions';
import { Strategy } from '#domain/taxonomy';

export interface PracticeFilters {
  q?: string | undefined;
  strategy?: Strategy | undefined;
  region?: string | undefined;
  featured?: true | undefined;
  /** Absent in the gallery: the published stories. The other statuses are the tabs of those who write or review. */
  status?: PracticeStatus | undefined;
  /** One library's stories (from its partner page). */
  partner?: number | undefined;
}

/** Longest search the gallery sends; the API takes up to 100 characters. */
export const searchLimit = 60;

/** Filters live in the address (?q=kelas&featured=1), so Back, a reload or a shared link shows the same gallery. */
export function filtersFrom(params: URLSearchParams): PracticeFilters {
  const strategy = Strategy.safeParse(params.get('strategy'));
  const region = RegionCode.safeParse(params.get('region'));
  const status = PracticeStatus.safeParse(params.get('status'));
  const partner = Number(params.get('partner'));
  const q = params.get('q')?.trim().slice(0, searchLimit);
  return {
    q: q === undefined || q === '' ? undefined : q,
    strategy: strategy.success ? strategy.data : undefined,
    region: region.success ? region.data : undefined,
    featured: params.get('featured') === '1' ? true : undefined,
    // Published is the gallery itself, without a status in the address.
    status: status.success && status.data !== 'published' ? status.data : undefined,
    partner: Number.isInteger(partner) && partner > 0 ? partner : undefined,
  };
}

export function pageFrom(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 0 ? page : 1;
}

/** The address for these filters on this page; page 1 and unset filters are left out. */
export function paramsFor(filters: PracticeFilters, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.strategy) params.set('strategy', filters.strategy);
  if (filters.region) params.set('region', filters.region);
  if (filters.featured) params.set('featured', '1');
  if (filters.status && filters.status !== 'published') params.set('status', filters.status);
  if (filters.partner !== undefined) params.set('partner', String(filters.partner));
  if (page > 1) params.set('page', String(page));
  return params;
}

/** The filters a person chose (search, strategy, region, featured), not the tab they are on. */
export const hasFilters = (f: PracticeFilters): boolean => [f.q, f.strategy, f.region, f.featured, f.partner].some((v) => v !== undefined);

/** The API's filters for the list: the gallery asks for published stories unless a tab says otherwise. */
export function listParams(filters: PracticeFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.strategy) params.set('strategy', filters.strategy);
  if (filters.region) params.set('region', filters.region);
  if (filters.featured) params.set('featured', 'true');
  params.set('status', filters.status ?? 'published');
  if (filters.partner !== undefined) params.set('partner', String(filters.partner));
  return params;
}

/** The API's query string for a page of the list. */
export function listSearch(filters: PracticeFilters, page: number, pageSize: number): string {
  const params = listParams(filters);
  params.set('page', String(page));
  params.set('pageSize', String(pageSize));
  return params.toString();
}

export interface BookletChoice {
  region?: string | undefined;
  /** The period of publication, both days inclusive; empty for any time. */
  from: string;
  to: string;
  featured: boolean;
  /** Stories chosen by hand, in print order; when there are any, they are the booklet. */
  ids: readonly number[];
}

/**
 * The booklet's address for what is chosen, checked with the schema the server reads it with:
 * either the URL or the issues (a period ending before it starts, a day that does not exist).
 */
export function bookletHref(choice: BookletChoice) {
  const params = new URLSearchParams();
  if (choice.ids.length > 0) params.set('ids', choice.ids.join(','));
  else {
    if (choice.region) params.set('region', choice.region);
    if (choice.from) params.set('from', choice.from);
    if (choice.to) params.set('to', choice.to);
    if (choice.featured) params.set('featured', 'true');
  }
  const checked = BookletQuery.safeParse(Object.fromEntries(params));
  return checked.success
    ? ({ ok: true, href: `/api/practices/booklet.pdf${params.size > 0 ? `?${params.toString()}` : ''}` } as const)
    : ({ ok: false, issues: checked.error.issues } as const);
}
