import { useCallback, useEffect, useId, useState } from 'react';
import type { Partner } from '#domain/partners';
import { useResource } from '#web/api/resource.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { useT } from '#web/i18n/language.tsx';
import { fetchPartners } from './api';

export interface PartnerRef {
  id: number;
  name: string;
  regionName?: string | undefined;
}

interface PartnerPickerProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: PartnerRef | null;
  onChange: (partner: PartnerRef | null) => void;
  /** Offer only partners that still take reports. */
  activeOnly?: boolean;
  optional?: boolean;
}

const minLength = 2;
const shown = 8;

/**
 * A partner picked by name: type part of it, tap one of the matches. There are hundreds of
 * partners in a province and several share a name, so each match shows its village too.
 */
export function PartnerPicker({ id, label, hint, error, value, onChange, activeOnly = false, optional = false }: PartnerPickerProps) {
  const t = useT();
  const [text, setText] = useState(value?.name ?? '');
  const [q, setQ] = useState('');
  const resultsId = useId();

  // The chosen partner may arrive later (its name loaded from an id in the address).
  useEffect(() => setText(value?.name ?? ''), [value?.id, value?.name]);

  // Searches once typing pauses, not on every key: each search is a request over a village connection.
  useEffect(() => {
    const wanted = text.trim();
    const timer = window.setTimeout(() => setQ(wanted.length >= minLength && wanted !== value?.name ? wanted : ''), 250);
    return () => window.clearTimeout(timer);
  }, [text, value?.name]);

  const choose = (partner: Partner) => {
    onChange({ id: partner.id, name: partner.name, regionName: partner.regionName });
    setQ('');
  };

  return (
    <Field id={id} label={label} hint={hint ?? t('partnerPicker.hint')} error={error} optional={optional}>
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
            <p className="partner-picker__chosen">{t('partnerPicker.chosen', { name: value.name, region: value.regionName ?? '' })}</p>
          )}
          {q !== '' && <Matches id={resultsId} q={q} activeOnly={activeOnly} onChoose={choose} />}
        </div>
      )}
    </Field>
  );
}

function Matches({ id, q, activeOnly, onChoose }: { id: string; q: string; activeOnly: boolean; onChoose: (p: Partner) => void }) {
  const t = useT();
  const load = useCallback(
    (signal: AbortSignal) => fetchPartners({ q, active: activeOnly ? true : undefined }, 1, shown, signal),
    [q, activeOnly],
  );
  const matches = useResource(load);
  if (matches.state === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (matches.state === 'failed') return <ErrorNotice error={matches.error} onRetry={matches.reload} />;
  const { items, total } = matches.data;
  return (
    <div id={id} className="partner-picker__matches">
      <p role="status">{items.length === 0 ? t('partnerPicker.none', { q }) : t('partnerPicker.count', { count: total, q })}</p>
      {items.length > 0 && (
        <ul>
          {items.map((partner) => (
            <li key={partner.id}>
              <button type="button" onClick={() => onChoose(partner)}>
                <span className="partner-picker__name">{partner.name}</span>
                <span className="partner-picker__place">{partner.regionName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {total > items.length && <p className="field__hint">{t('partnerPicker.more')}</p>}
    </div>
  );
}
