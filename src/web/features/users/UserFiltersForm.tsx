import { useEffect, useState } from 'react';
import { roles } from '#domain/roles';
import { RegionPicker, type RegionRef } from '#web/features/partners/RegionPicker.tsx';
import { useRegionRef } from '#web/features/regions/useRegionRef.ts';
import { ChoiceFilter } from '#web/forms/ChoiceFilter.tsx';
import { Field } from '#web/forms/Field.tsx';
import { FiltersForm, useFiltersDraft } from '#web/forms/FiltersForm.tsx';
import { useT } from '#web/i18n/language.tsx';
import type { UserFilters } from './filters';
import '#web/i18n/pages.ts';

interface UserFiltersFormProps {
  value: UserFilters;
  onApply: (filters: UserFilters) => void;
  /** The user's own region: the region search looks only inside it. */
  within: string | undefined;
}

/**
 * The search box first and always open (what an admin usually has is a name), then role, region
 * and account status, folded away on a phone like every list's filters.
 */
export function UserFiltersForm({ value, onApply, within }: UserFiltersFormProps) {
  const t = useT();
  const { q: _q, ...narrowing } = value;
  const { draft, set } = useFiltersDraft(value);
  const regionFromAddress = useRegionRef(value.region);
  const [region, setRegion] = useState<RegionRef | null>(regionFromAddress);
  useEffect(() => setRegion(regionFromAddress), [regionFromAddress]);

  return (
    <>
      <form
        className="card form"
        role="search"
        aria-label={t('users.search.label')}
        onSubmit={(event) => {
          event.preventDefault();
          onApply({ ...value, q: draft.q?.trim() || undefined });
        }}
        noValidate
      >
        <Field id="users-filter-q" label={t('users.search.label')} hint={t('users.search.hint')}>
          {(control) => (
            <input
              {...control}
              type="search"
              name="q"
              autoComplete="off"
              autoCapitalize="none"
              maxLength={60}
              value={draft.q ?? ''}
              onChange={(e) => set('q', e.target.value === '' ? undefined : e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button">
          {t('users.search.submit')}
        </button>
      </form>
      <FiltersForm
        value={narrowing}
        onApply={() => onApply({ ...draft, q: value.q, region: region?.code })}
        onClear={() => {
          setRegion(null);
          onApply({ q: value.q });
        }}
      >
        <ChoiceFilter
          id="users-filter-role"
          label={t('field.role')}
          value={draft.role}
          choices={roles}
          labelOf={(role) => t(`role.${role}`)}
          onChange={(role) => set('role', role)}
        />
        <ChoiceFilter
          id="users-filter-active"
          label={t('users.filter.active')}
          value={draft.active}
          choices={[true, false]}
          labelOf={(active) => t(active ? 'users.active.true' : 'users.active.false')}
          onChange={(active) => set('active', active)}
        />
        <div className="filters__wide">
          <RegionPicker id="users-filter-region" label={t('field.region')} value={region} onChange={setRegion} within={within} optional />
        </div>
      </FiltersForm>
    </>
  );
}
