import { useCallback, useEffect, useId, useState } from 'react';
import { RegionCode, type RegionLevel, type RegionSearchHit } from '#domain/regions';
import { ApiError } from '#web/api/client.ts';
import { useResource } from '#web/api/resource.ts';
import { fetchRegion, searchLimit, searchRegions } from '#web/features/regions/api.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { useLanguage, useT } from '#web/i18n/language.tsx';

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

/**
 * A region picked by name with the region browser's search, or by its Kemendagri code. Names
 * repeat (two villages are called Puput), so each match shows its path and code.
 */
export function RegionPicker({ id, label, hint, error, value, onChange, level, within, optional = false }: RegionPickerProps) {
  const t = useT();
  const [text, setText] = useState(value?.name ?? '');
  const [q, setQ] = useState('');
  const resultsId = useId();

  useEffect(() => setText(value?.name ?? ''), [value?.code, value?.name]);

  useEffect(() => {
    const wanted = text.trim();
    const timer = window.setTimeout(() => setQ(wanted.length >= 2 && wanted !== value?.name ? wanted : ''), 250);
    return () => window.clearTimeout(timer);
  }, [text, value?.name]);

  const choose = (hit: RegionRef) => {
    onChange(hit);
    setQ('');
  };

  return (
    <Field id={id} label={label} hint={hint ?? t('regionPicker.hint')} error={error} optional={optional}>
      {(control) => (
        <div className="partner-picker">
          <div className="search-form__row">
            <input
              {...control}
              type="search"
              autoComplete="off"
              maxLength={60}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-controls={q ? resultsId : undefined}
            />
            {value && (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  onChange(null);
                  setText('');
                }}
              >
                {t('partnerPicker.clear')}
              </button>
            )}
          </div>
          {value && (
            <p className="partner-picker__chosen">
              {t('regionPicker.chosen', { name: value.name, level: t(`level.${value.level}`), code: value.code })}
            </p>
          )}
          {q !== '' && <RegionMatches id={resultsId} q={q} level={level} within={within} onChoose={choose} />}
        </div>
      )}
    </Field>
  );
}

const pathOf = (hit: RegionSearchHit) =>
  hit.path
    .slice(0, -1)
    .map((step) => step.name)
    .join(' › ');

async function findRegions(q: string, within: string | undefined, signal: AbortSignal): Promise<RegionRef[]> {
  // A typed code is looked up directly: the quickest way for someone who has the code at hand.
  if (RegionCode.safeParse(q).success) {
    const region = await fetchRegion(q, signal).catch((error: unknown) => {
      if (error instanceof ApiError && error.code === 'not_found') return null;
      throw error;
    });
    return region ? [{ code: region.code, name: region.name, level: region.level }] : [];
  }
  const hits = await searchRegions(q, within ?? null, signal);
  return hits.map((hit) => ({ code: hit.code, name: hit.name, level: hit.level, path: pathOf(hit) }));
}

interface RegionMatchesProps {
  id: string;
  q: string;
  level: RegionLevel | undefined;
  within: string | undefined;
  onChoose: (region: RegionRef) => void;
}

function RegionMatches({ id, q, level, within, onChoose }: RegionMatchesProps) {
  const { t, locale } = useLanguage();
  const load = useCallback((signal: AbortSignal) => findRegions(q, within, signal), [q, within]);
  const found = useResource(load);
  if (found.state === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (found.state === 'failed') return <ErrorNotice error={found.error} onRetry={found.reload} />;
  const items = level === undefined ? found.data : found.data.filter((r) => r.level === level);
  return (
    <div id={id} className="partner-picker__matches">
      <p role="status">
        {items.length === 0
          ? level === undefined
            ? t('regions.search.none', { q })
            : t('regionPicker.noneOfLevel', { q, level: t(`level.${level}`).toLocaleLowerCase(locale) })
          : t('regions.search.results', { count: items.length, q })}
      </p>
      {items.length > 0 && (
        <ul>
          {items.map((region) => (
            <li key={region.code}>
              <button type="button" onClick={() => onChoose(region)}>
                <span className="partner-picker__name">
                  {region.name} <span className="partner-picker__level">{t(`level.${region.level}`)}</span>
                </span>
                <span className="partner-picker__place">
                  {region.path ? `${region.path} · ` : ''}
                  <code>{region.code}</code>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {found.data.length === searchLimit && <p className="field__hint">{t('regions.search.capped', { count: searchLimit })}</p>}
    </div>
  );
}
