import type { QueryKey, UseQueryOptions } from '@tanstack/react-query';
import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { useT } from '#web/i18n/language.tsx';
import { moveActive } from './activeOption';
import { ErrorNotice } from './ErrorNotice';
import { Field } from './Field';

/** What a search found, as the combobox shows it. */
export interface Matches<T> {
  items: T[];
  /** The status line: how many matched, or that nothing did. */
  status: string;
  /** Under the list, e.g. that more matched than are shown. */
  note?: string | undefined;
}

interface SearchComboboxProps<T, R, K extends QueryKey> {
  id: string;
  label: string;
  hint: string;
  error?: string | undefined;
  optional?: boolean;
  value: T | null;
  onChange: (item: T | null) => void;
  /** The name the box shows once an item is chosen. */
  nameOf: (item: T) => string;
  keyOf: (item: T) => string;
  /** The sentence under the box naming what is chosen, with what tells it apart from its namesakes. */
  chosen: string | null;
  /** The query for what was typed, and what of its answer to offer. */
  search: (q: string) => UseQueryOptions<R, Error, R, K>;
  matches: (found: R, q: string) => Matches<T>;
  renderOption: (item: T) => ReactNode;
}

/** Both pickers' hints ask for two letters: one letter would match half the country. */
const minLength = 2;

/**
 * Something picked by name: type part of it, then tap a match or walk the matches with the
 * arrow keys and take one with Enter (the ARIA combobox pattern; Escape closes the list). The
 * matches open in the page's flow rather than over it, and stay when the phone's keyboard is
 * put away, so they can be scrolled and tapped.
 */
export function SearchCombobox<T, R, K extends QueryKey>(props: SearchComboboxProps<T, R, K>) {
  const { id, label, hint, error, optional = false, value, onChange, nameOf, keyOf, chosen, search, matches, renderOption } = props;
  const t = useT();
  const valueName = value ? nameOf(value) : '';
  const valueKey = value ? keyOf(value) : null;
  const [text, setText] = useState(valueName);
  const [q, setQ] = useState('');
  const [active, setActive] = useState(-1);
  const [dismissed, setDismissed] = useState(false);
  const listboxId = useId();
  const optionId = (index: number) => `${listboxId}-option-${index}`;

  // The choice may arrive later (its name loaded from an id in the address).
  useEffect(() => setText(valueName), [valueKey, valueName]);

  // Searches once typing pauses, not on every key: each search is a request over a village connection.
  useEffect(() => {
    const wanted = text.trim();
    const timer = window.setTimeout(() => setQ(wanted.length >= minLength && wanted !== valueName ? wanted : ''), 250);
    return () => window.clearTimeout(timer);
  }, [text, valueName]);

  // A new search starts with the list open and no option marked.
  const [searched, setSearched] = useState(q);
  if (searched !== q) {
    setSearched(q);
    setActive(-1);
    setDismissed(false);
  }

  const found = useApiQuery({ ...search(q), enabled: q !== '' });
  const shown = q !== '' && found.state === 'ready' ? matches(found.data, q) : null;
  const options = shown?.items ?? [];
  const expanded = options.length > 0 && !dismissed;

  useEffect(() => {
    if (active >= 0) document.getElementById(`${listboxId}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listboxId]);

  // The name goes into the box in the same render as the choice, not an effect later: a
  // keyboard user (or a test on a busy machine) would otherwise see the code they typed beside
  // the "chosen" line for a moment.
  const choose = (item: T) => {
    onChange(item);
    setText(nameOf(item));
    setQ('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      setDismissed(false);
      setActive(moveActive(expanded ? active : -1, options.length, event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      const option = expanded ? options[active] : undefined;
      // Without a marked option, Enter does what it always does in a form.
      if (option === undefined) return;
      event.preventDefault();
      choose(option);
    } else if (event.key === 'Escape' && expanded) {
      // Also keeps the browser from emptying the search box.
      event.preventDefault();
      setDismissed(true);
      setActive(-1);
    }
  };

  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional}>
      {(control) => (
        <div className="partner-picker">
          <div className="search-form__row">
            <input
              {...control}
              type="search"
              role="combobox"
              autoComplete="off"
              maxLength={60}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={onKeyDown}
              aria-autocomplete="list"
              aria-expanded={expanded}
              aria-controls={expanded ? listboxId : undefined}
              aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
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
          {chosen !== null && <p className="partner-picker__chosen">{chosen}</p>}
          {q !== '' && found.state === 'loading' && <p role="status">{t('app.loading')}</p>}
          {q !== '' && found.state === 'failed' && <ErrorNotice error={found.error} onRetry={found.reload} />}
          {shown && (
            <div className="partner-picker__matches">
              <p role="status">{shown.status}</p>
              {expanded && (
                <ul id={listboxId} role="listbox" aria-label={label}>
                  {options.map((item, index) => (
                    <li
                      key={keyOf(item)}
                      id={optionId(index)}
                      role="option"
                      aria-selected={index === active}
                      // Keeps the focus in the box, where the keyboard and the screen reader are.
                      onMouseDown={(e) => e.preventDefault()}
                      onClick={() => choose(item)}
                    >
                      {renderOption(item)}
                    </li>
                  ))}
                </ul>
              )}
              {shown.note !== undefined && <p className="field__hint">{shown.note}</p>}
            </div>
          )}
        </div>
      )}
    </Field>
  );
}
