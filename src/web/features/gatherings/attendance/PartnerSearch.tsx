import { useEffect, useState } from 'react';
import type { Gathering } from '#domain/gatherings';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { partnersQuery } from '#web/features/partners/api.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import type { AttendanceSync } from './attendanceSync';
import '../messages.ts';

interface RowProps {
  /** Tells the same library's row in the search apart from its row in the list. */
  list: 'found' | 'listed';
  sync: AttendanceSync;
  partnerId: number;
  name: string;
  place?: string | undefined;
}

/** One library with its tick, and whether the tick is saved: on a weak signal a person must see it. */
function AttendanceRow({ list, sync, partnerId, name, place }: RowProps) {
  const { t } = useLanguage();
  const status = sync.status(partnerId);
  const inputId = `attend-${list}-${partnerId}`;
  return (
    <li className={`attendance-row attendance-row--${status ?? 'idle'}`}>
      <input id={inputId} type="checkbox" checked={sync.attending(partnerId)} onChange={(e) => sync.tick(partnerId, e.target.checked)} />
      <label htmlFor={inputId} className="attendance-row__name">
        {name}
        {place && <span className="attendance-row__place">{place}</span>}
      </label>
      <span className="attendance-row__status">
        {status === 'saving' && t('gathering.rowSaving')}
        {status === 'saved' && t('gathering.rowSaved')}
        {status === 'failed' && (
          <>
            {t('gathering.rowFailed')}{' '}
            <button type="button" className="button button--quiet" onClick={() => sync.retry(partnerId)}>
              {t('app.retry')} <span className="visually-hidden">{name}</span>
            </button>
          </>
        )}
      </span>
    </li>
  );
}

/** The region's libraries found by part of their name, each with its tick. */
export function PartnerSearch({ gathering, sync }: { gathering: Gathering; sync: AttendanceSync }) {
  const { t } = useLanguage();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  // Searches once typing pauses: each search is a request, and the signal at a meeting is often weak.
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(text.trim().length >= 2 ? text.trim() : ''), 250);
    return () => window.clearTimeout(timer);
  }, [text]);
  const found = useApiQuery({ ...partnersQuery({ region: gathering.regionCode, q }, 1, 20), enabled: q !== '' });
  return (
    <section aria-labelledby="attendance-search" className="attendance-search">
      <h2 id="attendance-search">{t('gathering.searchTitle')}</h2>
      <label htmlFor="attendance-search-input">{t('gathering.searchLabel')}</label>
      <p className="field__hint">{t('gathering.searchHint', { region: gathering.regionName })}</p>
      <input
        id="attendance-search-input"
        type="search"
        autoComplete="off"
        maxLength={60}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {q !== '' && found.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {q !== '' && found.state === 'failed' && <ErrorNotice error={found.error} onRetry={found.reload} />}
      {q !== '' && found.state === 'ready' && (
        <>
          <p role="status">
            {found.data.items.length === 0 ? t('gathering.searchNone', { q }) : t('gathering.searchFound', { count: found.data.total, q })}
          </p>
          <ul className="attendance-rows">
            {found.data.items.map((p) => (
              <AttendanceRow key={p.id} list="found" sync={sync} partnerId={p.id} name={p.name} place={p.regionName} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Everyone on the list as it was loaded, to untick a mistake. */
export function AttendeeList({ gathering, sync }: { gathering: Gathering; sync: AttendanceSync }) {
  const { t } = useLanguage();
  if (gathering.attendance.length === 0) return null;
  return (
    <details className="fold attendance-list">
      <summary>{t('gathering.listedTitle', { count: gathering.attendance.length })}</summary>
      <ul className="attendance-rows">
        {gathering.attendance.map((a) => (
          <AttendanceRow key={a.partnerId} list="listed" sync={sync} partnerId={a.partnerId} name={a.name} />
        ))}
      </ul>
    </details>
  );
}
