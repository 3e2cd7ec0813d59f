import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { RegionCode, type RegionLevel } from '#domain/regions';
import { ApiError } from '#web/api/client.ts';
import { unchanging } from '#web/api/queries.ts';
import { placeOfHit, regionQuery, regionSearchQuery, searchLimit } from '#web/features/regions/api.ts';
import { SearchCombobox } from '#web/forms/SearchCombobox.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import '#web/i18n/pages.ts';

export interface RegionRef {
  code: string;
  name: string;
  level: RegionLevel;
  /** Where it lies, e.g. "Kepulauan Bangka Belitung › Kabupaten Bangka Barat › Parittiga". */
  path?: string | undefined;
}

interface RegionPickerProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: RegionRef | null;
  onChange: (region: RegionRef | null) => void;
  /** Only regions of this level may be picked (a village library sits at a village). */
  level?: RegionLevel | undefined;
  /** Searches only inside this region: the user's own scope. */
  within?: string | undefined;
  optional?: boolean;
}

async function findRegions(client: QueryClient, q: string, within: string | undefined): Promise<RegionRef[]> {
  // A typed code is looked up directly: the quickest way for someone who has the code at hand.
  if (RegionCode.safeParse(q).success) {
    const region = await client.fetchQuery(regionQuery(q)).catch((error: unknown) => {
      if (error instanceof ApiError && error.code === 'not_found') return null;
      throw error;
    });
    return region ? [{ code: region.code, name: region.name, level: region.level }] : [];
  }
  const { items } = await client.fetchQuery(regionSearchQuery(q, within ?? null));
  return items.map((hit) => ({ code: hit.code, name: hit.name, level: hit.level, path: placeOfHit(hit).join(' › ') }));
}

const regionMatchesQuery = (q: string, within: string | undefined) =>
  queryOptions({ queryKey: ['region-matches', q, within ?? null], queryFn: ({ client }) => findRegions(client, q, within), ...unchanging });

/**
 * A region picked by name with the region browser's search, or by its Kemendagri code. Names
 * repeat (two villages are called Puput), so each match shows its path and code.
 */
export function RegionPicker({ id, label, hint, error, value, onChange, level, within, optional = false }: RegionPickerProps) {
  const { t, locale } = useLanguage();
  return (
    <SearchCombobox
      id={id}
      label={label}
      hint={hint ?? t('regionPicker.hint')}
      error={error}
      optional={optional}
      value={value}
      onChange={onChange}
      nameOf={(region) => region.name}
      keyOf={(region) => region.code}
      chosen={value && t('regionPicker.chosen', { name: value.name, level: t(`level.${value.level}`), code: value.code })}
      search={(q) => regionMatchesQuery(q, within)}
      matches={(found, q) => {
        const items = level === undefined ? found : found.filter((region) => region.level === level);
        const none =
          level === undefined
            ? t('regions.search.none', { q })
            : t('regionPicker.noneOfLevel', { q, level: t(`level.${level}`).toLocaleLowerCase(locale) });
        return {
          items,
          status: items.length === 0 ? none : t('regions.search.results', { count: items.length, q }),
          note: found.length === searchLimit ? t('regions.search.capped', { count: searchLimit }) : undefined,
        };
      }}
      renderOption={(region) => (
        <>
          <span className="partner-picker__name">
            {region.name} <span className="partner-picker__level">{t(`level.${region.level}`)}</span>
          </span>
          <span className="partner-picker__place">
            {region.path ? `${region.path} · ` : ''}
            <code>{region.code}</code>
          </span>
        </>
      )}
    />
  );
}
