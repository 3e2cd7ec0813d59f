import { useState } from 'react';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { openProblemsQuery } from '../api';
import type { ProblemRef } from './model';
import '../messages.ts';

interface ProblemChooserProps {
  id: string;
  /** The gathering's region: only its libraries' problems may be worked on. */
  region: string | null;
  value: ProblemRef[];
  onChange: (problems: ProblemRef[]) => void;
  error?: string | undefined;
}

const shown = 10;

/** The region's problems still being worked on, found by their title or library and added one by one. */
export function ProblemChooser({ id, region, value, onChange, error }: ProblemChooserProps) {
  const { t } = useLanguage();
  const [text, setText] = useState('');
  const open = useApiQuery({ ...openProblemsQuery(region ?? ''), enabled: region !== null });
  const chosen = new Set(value.map((p) => p.id));
  const words = text.trim().toLocaleLowerCase();
  const candidates = open.state === 'ready' ? open.data.items.filter((p) => !chosen.has(p.id)) : [];
  const matches = candidates.filter((p) => `${p.title} ${p.partnerName} ${p.regionName}`.toLocaleLowerCase().includes(words));

  return (
    <div className={error ? 'chooser field--invalid' : 'chooser'}>
      <p className="chooser__label">{t('gathering.problemsLabel')}</p>
      {error && <p className="field__error">{error}</p>}
      {value.length === 0 ? (
        <p className="agenda-item__none">{t('gathering.noProblemsChosen')}</p>
      ) : (
        <ul className="chooser__chosen">
          {value.map((p) => (
            <li key={p.id}>
              <span>
                {p.title} <span className="agenda-item__partner">{p.partnerName}</span>
              </span>
              <button type="button" className="button button--quiet" onClick={() => onChange(value.filter((x) => x.id !== p.id))}>
                {t('gathering.remove')} <span className="visually-hidden">{p.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {region === null ? (
        <p className="field__hint">{t('gathering.problemsNeedRegion')}</p>
      ) : (
        <>
          <label htmlFor={id}>{t('gathering.problemSearch')}</label>
          <p className="field__hint">{t('gathering.problemSearchHint')}</p>
          <input id={id} type="search" autoComplete="off" maxLength={100} value={text} onChange={(e) => setText(e.target.value)} />
          {open.state === 'loading' && <p role="status">{t('app.loading')}</p>}
          {open.state === 'failed' && <ErrorNotice error={open.error} onRetry={open.reload} />}
          {open.state === 'ready' && words === '' && <p role="status">{t('gathering.problemsOpen', { count: candidates.length })}</p>}
          {open.state === 'ready' && words !== '' && (
            <>
              <p role="status">
                {matches.length === 0 ? t('gathering.problemsNone') : t('gathering.problemsFound', { count: matches.length })}
              </p>
              <ul className="chooser__matches">
                {matches.slice(0, shown).map((p) => (
                  <li key={p.id}>
                    <span>
                      {p.title} <span className="agenda-item__partner">{p.partnerName}</span>
                    </span>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => {
                        onChange([...value, { id: p.id, title: p.title, partnerName: p.partnerName }]);
                        setText('');
                      }}
                    >
                      {t('gathering.add')} <span className="visually-hidden">{p.title}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}
