import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useT } from '#web/i18n/language.tsx';
import { FiltersFold } from '#web/shell/FiltersFold.tsx';
import '#web/i18n/pages.ts';

interface FiltersFormProps {
  /** The filters in use (from the address), to say how many are on. */
  value: object;
  onApply: () => void;
  onClear: () => void;
  /** The fields, laid out in the filters grid; a `filters__wide` one spans it. */
  children: ReactNode;
}

/** The filters above a list: folded on a phone, a grid of fields, then Terapkan and Hapus filter. */
export function FiltersForm({ value, onApply, onClear, children }: FiltersFormProps) {
  const t = useT();
  return (
    <FiltersFold active={Object.values(value).filter((v) => v !== undefined).length}>
      <form
        className="card filters"
        role="search"
        aria-label={t('filters.title')}
        onSubmit={(event) => {
          event.preventDefault();
          onApply();
        }}
        noValidate
      >
        <div className="filters__grid">{children}</div>
        <div className="button-row">
          <button type="submit" className="button">
            {t('filters.apply')}
          </button>
          <button type="button" className="button button--quiet" onClick={onClear}>
            {t('filters.clear')}
          </button>
        </div>
      </form>
    </FiltersFold>
  );
}

/** Filters being edited: applied only on Terapkan, and reset whenever the address changes them (Back, a link). */
export function useFiltersDraft<F extends object>(value: F) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const set = useCallback(<K extends keyof F>(key: K, next: F[K]) => setDraft((current) => ({ ...current, [key]: next })), []);
  return { draft, set };
}
