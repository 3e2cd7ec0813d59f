import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { strategies } from '#domain/taxonomy';
import { RegionPicker, type RegionRef } from '#web/features/partners/RegionPicker.tsx';
import { regionQuery } from '#web/features/regions/api.ts';
import { ChoiceFilter } from '#web/forms/ChoiceFilter.tsx';
import { Field } from '#web/forms/Field.tsx';
import { FiltersForm, useFiltersDraft } from '#web/forms/FiltersForm.tsx';
import { useT } from '#web/i18n/language.tsx';
import { searchLimit, type PracticeFilters } from './filters';
import './messages.ts';

/** The region of a filter given by code in the address, named once loaded. */
function useRegionRef(code: string | undefined): RegionRef | null {
  const { data } = useQuery({ ...regionQuery(code ?? ''), enabled: code !== undefined });
  return useMemo(() => (code !== undefined && data ? { code: data.code, name: data.name, level: data.level } : null), [code, data]);
}

interface GalleryFiltersProps {
  value: PracticeFilters;
  onApply: (filters: PracticeFilters) => void;
}

/** Words, strategy, region (anywhere in the country: published stories are everyone's) and featured only. */
export function GalleryFilters({ value, onApply }: GalleryFiltersProps) {
  const t = useT();
  // The tab and the library are not filters of this form: they stay as they are.
  const chosen = useMemo(() => ({ q: value.q, strategy: value.strategy, region: value.region, featured: value.featured }), [value]);
  const { draft, set } = useFiltersDraft(chosen);
  const regionFromAddress = useRegionRef(value.region);
  const [region, setRegion] = useState<RegionRef | null>(regionFromAddress);
  useEffect(() => setRegion(regionFromAddress), [regionFromAddress]);

  return (
    <FiltersForm
      value={chosen}
      onApply={() => onApply({ ...value, ...draft, q: draft.q?.trim() || undefined, region: region?.code })}
      onClear={() => {
        setRegion(null);
        onApply({ status: value.status, partner: value.partner });
      }}
    >
      <Field id="practices-q" label={t('practices.filter.q')} hint={t('practices.filter.qHint')}>
        {(control) => (
          <input {...control} type="search" maxLength={searchLimit} value={draft.q ?? ''} onChange={(e) => set('q', e.target.value)} />
        )}
      </Field>
      <ChoiceFilter
        id="practices-strategy"
        label={t('field.strategy')}
        value={draft.strategy}
        choices={strategies}
        labelOf={(s) => t(`strategy.${s}`)}
        onChange={(choice) => set('strategy', choice)}
      />
      <div className="filters__wide">
        <RegionPicker
          id="practices-region"
          label={t('field.region')}
          hint={t('practices.filter.regionHint')}
          value={region}
          onChange={setRegion}
          optional
        />
      </div>
      <label className="checkbox filters__wide">
        <input
          type="checkbox"
          name="featured"
          checked={draft.featured === true}
          onChange={(e) => set('featured', e.target.checked ? true : undefined)}
        />
        {t('practices.filter.featured')}
      </label>
    </FiltersForm>
  );
}
