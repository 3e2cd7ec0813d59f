import { useEffect, useState } from 'react';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { publishedStoriesQuery } from '../api';
import type { StoryRef } from './model';
import '../messages.ts';

interface StoryChooserProps {
  id: string;
  value: StoryRef[];
  onChange: (stories: StoryRef[]) => void;
  error?: string | undefined;
}

/** Published stories from the whole country, found by their words and added one by one. */
export function StoryChooser({ id, value, onChange, error }: StoryChooserProps) {
  const { t } = useLanguage();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  // Searches once typing pauses: each search is a request over a village connection.
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(text.trim().length >= 2 ? text.trim() : ''), 250);
    return () => window.clearTimeout(timer);
  }, [text]);
  const found = useApiQuery({ ...publishedStoriesQuery(q), enabled: q !== '' });
  const chosen = new Set(value.map((s) => s.id));
  const matches = found.state === 'ready' ? found.data.items.filter((s) => !chosen.has(s.id)) : [];

  return (
    <div className={error ? 'chooser field--invalid' : 'chooser'}>
      <p className="chooser__label">{t('gathering.storiesLabel')}</p>
      {error && <p className="field__error">{error}</p>}
      {value.length === 0 ? (
        <p className="agenda-item__none">{t('gathering.noStoriesChosen')}</p>
      ) : (
        <ul className="chooser__chosen">
          {value.map((s) => (
            <li key={s.id}>
              <span>
                {s.title} <span className="agenda-item__partner">{s.partnerName}</span>
              </span>
              <button type="button" className="button button--quiet" onClick={() => onChange(value.filter((x) => x.id !== s.id))}>
                {t('gathering.remove')} <span className="visually-hidden">{s.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={id}>{t('gathering.storySearch')}</label>
      <p className="field__hint">{t('gathering.storySearchHint')}</p>
      <input id={id} type="search" autoComplete="off" maxLength={100} value={text} onChange={(e) => setText(e.target.value)} />
      {q !== '' && found.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {q !== '' && found.state === 'failed' && <ErrorNotice error={found.error} onRetry={found.reload} />}
      {q !== '' && found.state === 'ready' && (
        <>
          <p role="status">
            {matches.length === 0 ? t('gathering.storiesNone', { q }) : t('gathering.storiesFound', { count: matches.length })}
          </p>
          <ul className="chooser__matches">
            {matches.map((s) => (
              <li key={s.id}>
                <span>
                  {s.title} <span className="agenda-item__partner">{s.partnerName}</span>
                </span>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    onChange([...value, { id: s.id, title: s.title, partnerName: s.partnerName }]);
                    setText('');
                  }}
                >
                  {t('gathering.add')} <span className="visually-hidden">{s.title}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
