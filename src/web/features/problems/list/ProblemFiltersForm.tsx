import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { problemCategories, problemStatuses, type ProblemStatus } from '#domain/problems';
import { partnerQuery } from '#web/features/partners/api.ts';
import { PartnerPicker, type PartnerRef } from '#web/features/partners/PartnerPicker.tsx';
import { RegionPicker, type RegionRef } from '#web/features/partners/RegionPicker.tsx';
import { regionQuery } from '#web/features/regions/api.ts';
import { ChoiceFilter } from '#web/forms/ChoiceFilter.tsx';
import { FiltersForm, useFiltersDraft } from '#web/forms/FiltersForm.tsx';
import { useT } from '#web/i18n/language.tsx';
import type { ProblemFilters } from '../filters';
import '../messages.ts';

interface ProblemFiltersFormProps {
  value: ProblemFilters;
  onApply: (filters: ProblemFilters) => void;
  /** Staff narrow by region and library; a library's manager sees its own library only. */
  withPlace: boolean;
  /** The user's own region: the region search looks only inside it. */
  within: string | undefined;
}

/** The partner of a filter given by id in the address, named once its name is loaded. */
function usePartnerRef(id: number | undefined): PartnerRef | null {
  const { data } = useQuery({ ...partnerQuery(id ?? 0), enabled: id !== undefined });
  return useMemo(() => {
    if (id === undefined) return null;
    return data ? { id, name: data.name, regionName: data.regionName } : { id, name: `#${id}` };
  }, [id, data]);
}

/** The region of a filter given by code in the address, named once it is loaded. */
function useRegionRef(code: string | undefined): RegionRef | null {
  const { data } = useQuery({ ...regionQuery(code ?? ''), enabled: code !== undefined });
  return useMemo(() => (code === undefined || !data ? null : { code, name: data.name, level: data.level }), [code, data]);
}

const toggled = (list: ProblemStatus[] | undefined, status: ProblemStatus, on: boolean): ProblemStatus[] | undefined => {
  const next = problemStatuses.filter((s) => (s === status ? on : (list ?? []).includes(s)));
  return next.length > 0 ? next : undefined;
};

export function ProblemFiltersForm({ value, onApply, withPlace, within }: ProblemFiltersFormProps) {
  const t = useT();
  const { draft, set } = useFiltersDraft(value);
  const partnerFromAddress = usePartnerRef(value.partner);
  const regionFromAddress = useRegionRef(value.region);
  const [partner, setPartner] = useState<PartnerRef | null>(partnerFromAddress);
  const [region, setRegion] = useState<RegionRef | null>(regionFromAddress);
  useEffect(() => setPartner(partnerFromAddress), [partnerFromAddress]);
  useEffect(() => setRegion(regionFromAddress), [regionFromAddress]);

  return (
    <FiltersForm
      value={value}
      onApply={() => onApply({ ...draft, partner: withPlace ? partner?.id : undefined, region: withPlace ? region?.code : undefined })}
      onClear={() => {
        setPartner(null);
        setRegion(null);
        onApply({});
      }}
    >
      <fieldset className="filters__wide problem-statuses">
        <legend>{t('problems.filter.status')}</legend>
        <div className="problem-statuses__options">
          {problemStatuses.map((status) => (
            <label key={status} className="checkbox">
              <input
                type="checkbox"
                checked={draft.status?.includes(status) ?? false}
                onChange={(e) => set('status', toggled(draft.status, status, e.target.checked))}
              />
              {t(`problemStatus.${status}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <ChoiceFilter
        id="problems-filter-category"
        label={t('field.category')}
        value={draft.category}
        choices={problemCategories}
        labelOf={(c) => t(`problemCategory.${c}`)}
        onChange={(choice) => set('category', choice)}
      />
      <label className="checkbox problems-filter__overdue">
        <input type="checkbox" checked={draft.overdue ?? false} onChange={(e) => set('overdue', e.target.checked ? true : undefined)} />
        {t('problems.filter.overdue')}
      </label>
      {withPlace && (
        <>
          <div className="filters__wide">
            <RegionPicker
              id="problems-filter-region"
              label={t('field.region')}
              value={region}
              onChange={setRegion}
              within={within}
              optional
            />
          </div>
          <div className="filters__wide">
            <PartnerPicker
              id="problems-filter-partner"
              label={t('problems.field.library')}
              value={partner}
              onChange={setPartner}
              optional
            />
          </div>
        </>
      )}
    </FiltersForm>
  );
}
