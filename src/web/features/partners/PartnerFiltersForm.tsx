import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { firstCohortYear } from '#domain/partners';
import { partnerSchemes, partnerTypes, type PartnerScheme, type PartnerType } from '#domain/taxonomy';
import { regionQuery } from '#web/features/regions/api.ts';
import { Field } from '#web/forms/Field.tsx';
import { FiltersForm, useFiltersDraft } from '#web/forms/FiltersForm.tsx';
import { useT } from '#web/i18n/language.tsx';
import type { PartnerFilters } from './api';
import { RegionPicker, type RegionRef } from './RegionPicker';
import '#web/i18n/pages.ts';

/** The region of a filter given by code in the address, named once loaded. */
function useRegionRef(code: string | undefined): RegionRef | null {
  const { data } = useQuery({ ...regionQuery(code ?? ''), enabled: code !== undefined });
  return useMemo(() => (code !== undefined && data ? { code: data.code, name: data.name, level: data.level } : null), [code, data]);
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
  const { draft, set } = useFiltersDraft(value);
  const regionFromAddress = useRegionRef(value.region);
  const [region, setRegion] = useState<RegionRef | null>(regionFromAddress);
  useEffect(() => setRegion(regionFromAddress), [regionFromAddress]);

  return (
    <FiltersForm
      value={value}
      onApply={() => onApply({ ...draft, q: draft.q?.trim() || undefined, region: region?.code })}
      onClear={() => {
        setRegion(null);
        onApply({});
      }}
    >
      <Field id="partners-q" label={t('partners.filter.q')}>
        {(control) => <input {...control} type="search" maxLength={60} value={draft.q ?? ''} onChange={(e) => set('q', e.target.value)} />}
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
    </FiltersForm>
  );
}
