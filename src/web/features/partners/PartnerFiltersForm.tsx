import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { firstCohortYear } from '#domain/partners';
import { partnerSchemes, partnerTypes } from '#domain/taxonomy';
import { regionQuery } from '#web/features/regions/api.ts';
import { ChoiceFilter } from '#web/forms/ChoiceFilter.tsx';
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
      <ChoiceFilter
        id="partners-type"
        label={t('field.type')}
        value={draft.type}
        choices={partnerTypes}
        labelOf={(type) => t(`partner.type.${type}`)}
        onChange={(choice) => set('type', choice)}
      />
      <ChoiceFilter
        id="partners-scheme"
        label={t('field.scheme')}
        value={draft.scheme}
        choices={partnerSchemes}
        labelOf={(scheme) => t(`partner.scheme.${scheme}`)}
        onChange={(choice) => set('scheme', choice)}
      />
      <ChoiceFilter
        id="partners-cohort"
        label={t('field.cohortYear')}
        value={draft.cohortYear}
        choices={cohortYears()}
        labelOf={String}
        onChange={(choice) => set('cohortYear', choice)}
      />
      <ChoiceFilter
        id="partners-active"
        label={t('partners.filter.active')}
        value={draft.active}
        choices={[true, false]}
        labelOf={(active) => (active ? t('partners.active') : t('partners.inactive'))}
        onChange={(choice) => set('active', choice)}
      />
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
