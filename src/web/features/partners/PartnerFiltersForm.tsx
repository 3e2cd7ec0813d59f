import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { firstCohortYear } from '#domain/partners';
import { partnerSchemes, partnerTypes, type PartnerScheme, type PartnerType } from '#domain/taxonomy';
import { useResource } from '#web/api/resource.ts';
import { fetchRegion } from '#web/features/regions/api.ts';
import { Field } from '#web/forms/Field.tsx';
import { FiltersFold } from '#web/shell/FiltersFold.tsx';
import { useT } from '#web/i18n/language.tsx';
import type { PartnerFilters } from './api';
import { RegionPicker, type RegionRef } from './RegionPicker';

/** The region of a filter given by code in the address, named once loaded. */
function useRegionRef(code: string | undefined): RegionRef | null {
  const load = useCallback((signal: AbortSignal) => (code === undefined ? Promise.resolve(null) : fetchRegion(code, signal)), [code]);
  const region = useResource(load);
  const data = region.state === 'ready' ? region.data : null;
  return useMemo(() => (data ? { code: data.code, name: data.name, level: data.level } : null), [data]);
}

const cohortYears = (): number[] => {
  const years: number[] = [];
  for (let y = new Date().getFullYear(); y >= firstCohortYear; y--) years.push(y);
  return years;
};

interface PartnerFiltersFormProps {
  value: PartnerFilters;
  onApply: (filters: PartnerFilters) => void;
  /** The user's own region: searches for a region stay inside it. */
  within: string | undefined;
}

export function PartnerFiltersForm({ value, onApply, within }: PartnerFiltersFormProps) {
  const t = useT();
  const [draft, setDraft] = useState(value);
  const regionFromAddress = useRegionRef(value.region);
  const [region, setRegion] = useState<RegionRef | null>(regionFromAddress);
  useEffect(() => setDraft(value), [value]);
  useEffect(() => setRegion(regionFromAddress), [regionFromAddress]);
  const set = <K extends keyof PartnerFilters>(key: K, v: PartnerFilters[K]) => setDraft((d) => ({ ...d, [key]: v }));

  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, q: draft.q?.trim() || undefined, region: region?.code });
  };

  return (
    <FiltersFold active={Object.values(value).filter((v) => v !== undefined).length}>
      <form className="card filters" role="search" aria-label={t('filters.title')} onSubmit={apply} noValidate>
        <div className="filters__grid">
          <Field id="partners-q" label={t('partners.filter.q')}>
            {(control) => (
              <input {...control} type="search" maxLength={60} value={draft.q ?? ''} onChange={(e) => set('q', e.target.value)} />
            )}
          </Field>
          <Field id="partners-type" label={t('field.type')}>
            {(control) => (
              <select
                {...control}
                value={draft.type ?? ''}
                onChange={(e) => set('type', (e.target.value || undefined) as PartnerType | undefined)}
              >
                <option value="">{t('filters.all')}</option>
                {partnerTypes.map((type) => (
                  <option key={type} value={type}>
                    {t(`partner.type.${type}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="partners-scheme" label={t('field.scheme')}>
            {(control) => (
              <select
                {...control}
                value={draft.scheme ?? ''}
                onChange={(e) => set('scheme', (e.target.value || undefined) as PartnerScheme | undefined)}
              >
                <option value="">{t('filters.all')}</option>
                {partnerSchemes.map((scheme) => (
                  <option key={scheme} value={scheme}>
                    {t(`partner.scheme.${scheme}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="partners-cohort" label={t('field.cohortYear')}>
            {(control) => (
              <select
                {...control}
                value={draft.cohortYear ?? ''}
                onChange={(e) => set('cohortYear', e.target.value ? Number(e.target.value) : undefined)}
              >
                <option value="">{t('filters.all')}</option>
                {cohortYears().map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="partners-active" label={t('partners.filter.active')}>
            {(control) => (
              <select
                {...control}
                value={draft.active === undefined ? '' : String(draft.active)}
                onChange={(e) => set('active', e.target.value === '' ? undefined : e.target.value === 'true')}
              >
                <option value="">{t('filters.all')}</option>
                <option value="true">{t('partners.active')}</option>
                <option value="false">{t('partners.inactive')}</option>
              </select>
            )}
          </Field>
          <div className="filters__wide">
            <RegionPicker
              id="partners-region"
              label={t('field.region')}
              hint={t('partners.filter.regionHint')}
              value={region}
              onChange={setRegion}
              within={within}
              optional
            />
          </div>
        </div>
        <div className="button-row">
          <button type="submit" className="button">
            {t('filters.apply')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setRegion(null);
              onApply({});
            }}
          >
            {t('filters.clear')}
          </button>
        </div>
      </form>
    </FiltersFold>
  );
}
