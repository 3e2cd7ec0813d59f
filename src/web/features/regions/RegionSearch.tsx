import { useId, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { Region, RegionSearchHit } from '#domain/regions';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { useT } from '#web/i18n/language.tsx';
import { placeOfHit, regionSearchQuery, searchLimit, searchMinLength } from './api';
import '#web/i18n/pages.ts';

/**
 * Name search, kept in the URL (`?q=puput`) so Back returns to the results.
 * `scope` is the region the search may be narrowed to; null at the top.
 */
export function RegionSearch({ scope }: { scope: Region | null }) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const everywhere = params.get('all') === '1';
  const [text, setText] = useState(q);
  const [tooShort, setTooShort] = useState(false);
  const within = scope !== null && !everywhere ? scope.code : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const wanted = text.trim();
    setTooShort(wanted.length < searchMinLength);
    if (wanted.length < searchMinLength) return;
    const next = new URLSearchParams({ q: wanted });
    if (everywhere) next.set('all', '1');
    setParams(next);
  };

  const setEverywhere = (value: boolean) => {
    const next = new URLSearchParams(params);
    if (value) next.set('all', '1');
    else next.delete('all');
    setParams(next, { replace: true });
  };

  return (
    <section className="card" aria-labelledby="region-search-title">
      <h2 id="region-search-title">{t('regions.search.title')}</h2>
      <form className="search-form" role="search" onSubmit={onSubmit} noValidate>
        <Field
          id="region-search"
          label={t('regions.search.label')}
          hint={t('regions.search.hint')}
          error={tooShort ? t('regions.search.tooShort') : undefined}
        >
          {(control) => (
            <div className="search-form__row">
              <input
                {...control}
                type="search"
                name="q"
                maxLength={60}
                autoComplete="off"
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
              <button type="submit" className="button">
                {t('regions.search.submit')}
              </button>
            </div>
          )}
        </Field>
        {scope !== null && (
          <div className="checkbox">
            <input id="region-search-within" type="checkbox" checked={!everywhere} onChange={(e) => setEverywhere(!e.target.checked)} />
            <label htmlFor="region-search-within">{t('regions.search.within', { name: scope.name })}</label>
          </div>
        )}
      </form>
      {q.length >= searchMinLength && <SearchResults q={q} within={within} />}
    </section>
  );
}

function SearchResults({ q, within }: { q: string; within: string | null }) {
  const t = useT();
  const statusId = useId();
  const found = useApiQuery(regionSearchQuery(q, within));
  if (found.state === 'failed') return <ErrorNotice error={found.error} onRetry={found.reload} />;
  const hits = found.state === 'ready' ? found.data.items : null;
  const count = hits === null ? null : hits.length;
  return (
    <div className="search-results">
      <p id={statusId} role="status">
        {count === null ? t('app.loading') : count === 0 ? t('regions.search.none', { q }) : t('regions.search.results', { count, q })}
      </p>
      {hits !== null && hits.length > 0 && (
        <ul className="region-list region-list--hits" aria-labelledby={statusId}>
          {hits.map((hit) => (
            <SearchHit key={hit.code} hit={hit} />
          ))}
        </ul>
      )}
      {count === searchLimit && <p className="field__hint">{t('regions.search.capped', { count })}</p>}
    </div>
  );
}

function SearchHit({ hit }: { hit: RegionSearchHit }) {
  const t = useT();
  const path = placeOfHit(hit);
  return (
    <li>
      <Link to={`/wilayah/${hit.code}`}>
        <span className="region-list__name">{hit.name}</span>
        <span className="region-list__level">{t(`level.${hit.level}`)}</span>
        {path.length > 0 && <span className="region-list__path">{path.join(' › ')}</span>}
        <span className="region-list__code">{hit.code}</span>
      </Link>
    </li>
  );
}
