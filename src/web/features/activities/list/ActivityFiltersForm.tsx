import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { activityStatuses, strategies } from '#domain/taxonomy';
import type { ActivityFilters } from '#web/features/activities/api.ts';
import { partnerQuery } from '#web/features/partners/api.ts';
import { PartnerPicker, type PartnerRef } from '#web/features/partners/PartnerPicker.tsx';
import { ChoiceFilter } from '#web/forms/ChoiceFilter.tsx';
import { Field } from '#web/forms/Field.tsx';
import { FiltersForm, useFiltersDraft } from '#web/forms/FiltersForm.tsx';
import { useT } from '#web/i18n/language.tsx';
import '#web/i18n/pages.ts';

interface ActivityFiltersFormProps {
  value: ActivityFilters;
  onApply: (filters: ActivityFilters) => void;
  /** The review queue holds only submitted activities: no status to choose. */
  withStatus: boolean;
  /** A library manager sees one partner only: no partner to choose. */
  withPartner: boolean;
  idPrefix: string;
}

/** The partner of a filter given by id in the address, named once its name is loaded. */
function usePartnerRef(id: number | undefined): PartnerRef | null {
  const { data } = useQuery({ ...partnerQuery(id ?? 0), enabled: id !== undefined });
  return useMemo(() => {
    if (id === undefined) return null;
    return data ? { id, name: data.name, regionName: data.regionName } : { id, name: `#${id}` };
  }, [id, data]);
}

export function ActivityFiltersForm({ value, onApply, withStatus, withPartner, idPrefix }: ActivityFiltersFormProps) {
  const t = useT();
  const { draft, set } = useFiltersDraft(value);
  const partnerFromAddress = usePartnerRef(value.partner);
  const [partner, setPartner] = useState<PartnerRef | null>(partnerFromAddress);
  useEffect(() => setPartner(partnerFromAddress), [partnerFromAddress]);
  const id = (name: string) => `${idPrefix}-${name}`;

  return (
    <FiltersForm
      value={value}
      onApply={() => onApply({ ...draft, q: draft.q?.trim() || undefined, partner: partner?.id })}
      onClear={() => {
        setPartner(null);
        onApply({});
      }}
    >
      <Field id={id('q')} label={t('filters.q')}>
        {(control) => <input {...control} type="search" maxLength={60} value={draft.q ?? ''} onChange={(e) => set('q', e.target.value)} />}
      </Field>
      {withStatus && (
        <ChoiceFilter
          id={id('status')}
          label={t('filters.status')}
          value={draft.status}
          choices={activityStatuses}
          labelOf={(s) => t(`status.${s}`)}
          onChange={(choice) => set('status', choice)}
        />
      )}
      <ChoiceFilter
        id={id('strategy')}
        label={t('field.strategy')}
        value={draft.strategy}
        choices={strategies}
        labelOf={(s) => t(`strategy.${s}`)}
        onChange={(choice) => set('strategy', choice)}
      />
      <Field id={id('from')} label={t('field.from')}>
        {(control) => (
          <input {...control} type="date" value={draft.from ?? ''} onChange={(e) => set('from', e.target.value || undefined)} />
        )}
      </Field>
      <Field id={id('to')} label={t('field.to')}>
        {(control) => <input {...control} type="date" value={draft.to ?? ''} onChange={(e) => set('to', e.target.value || undefined)} />}
      </Field>
      {withPartner && (
        <div className="filters__wide">
          <PartnerPicker id={id('partner')} label={t('field.partner')} value={partner} onChange={setPartner} optional />
        </div>
      )}
    </FiltersForm>
  );
}
