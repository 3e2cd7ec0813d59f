import { useEffect, useState } from 'react';
import { formatDate } from '#domain/calendar';
import { practiceLimits } from '#domain/practices';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { activitiesQuery } from '#web/features/activities/api.ts';
import { StatusBadge } from '#web/features/activities/StatusBadge.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { Pager } from '#web/shell/Pager.tsx';
import './messages.ts';

export interface ActivityRef {
  id: number;
  title: string;
  date: string;
}

interface ActivityChooserProps {
  id: string;
  /** The story's library: only its own activities are offered (the server refuses any other). */
  partnerId: number | null;
  value: ActivityRef[];
  onChange: (activities: ActivityRef[]) => void;
  error?: string | undefined;
}

const shown = 6;

/** The activities a story tells of, ticked from its library's own reports, newest first, searchable by title. */
export function ActivityChooser({ id, partnerId, value, onChange, error }: ActivityChooserProps) {
  const { t, locale } = useLanguage();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  // Searches once typing pauses: each search is a request over a village connection.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setQ(text.trim());
      setPage(1);
    }, 250);
    return () => window.clearTimeout(timer);
  }, [text]);

  const list = useApiQuery({
    ...activitiesQuery({ partner: partnerId ?? undefined, q: q || undefined }, page, shown),
    enabled: partnerId !== null,
  });
  const full = value.length >= practiceLimits.activities;
  const chosen = (activityId: number) => value.some((a) => a.id === activityId);
  const toggle = (activity: ActivityRef, on: boolean) => onChange(on ? [...value, activity] : value.filter((a) => a.id !== activity.id));

  return (
    <fieldset id={id} className={error ? 'activity-chooser field--invalid' : 'activity-chooser'} tabIndex={-1}>
      <legend>
        {t('field.activityIds')} <span className="field__optional">{t('form.optional')}</span>
      </legend>
      <p className="field__hint">{t('practiceForm.activitiesHint', { limit: practiceLimits.activities })}</p>
      {error && <p className="field__error">{error}</p>}
      {value.length > 0 && (
        <ul className="chips__list" aria-label={t('practiceForm.activitiesChosen', { count: value.length })}>
          {value.map((a) => (
            <li key={a.id} className="chip">
              {a.title}
              <button
                type="button"
                className="chip__remove"
                onClick={() => toggle(a, false)}
                aria-label={t('practiceForm.activityRemove', { title: a.title })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {partnerId === null ? (
        <p>{t('practiceForm.activitiesPartnerFirst')}</p>
      ) : (
        <>
          <label htmlFor={`${id}-q`}>{t('practiceForm.activitiesSearch')}</label>
          <input id={`${id}-q`} type="search" maxLength={60} value={text} onChange={(e) => setText(e.target.value)} />
          {list.state === 'loading' && <p role="status">{t('app.loading')}</p>}
          {list.state === 'failed' && <ErrorNotice error={list.error} onRetry={list.reload} />}
          {list.state === 'ready' &&
            (list.data.items.length === 0 ? (
              <p role="status">{q ? t('practiceForm.activitiesNoneFound', { q }) : t('practiceForm.activitiesNone')}</p>
            ) : (
              <>
                <ul className="plain-list activity-chooser__list">
                  {list.data.items.map((a) => (
                    <li key={a.id}>
                      <label className="checkbox">
                        <input
                          type="checkbox"
                          checked={chosen(a.id)}
                          disabled={full && !chosen(a.id)}
                          onChange={(e) => toggle({ id: a.id, title: a.title, date: a.date }, e.target.checked)}
                        />
                        <span>
                          {a.title}
                          <span className="activity-chooser__meta">
                            {formatDate(a.date, locale)} · {t(`strategy.${a.strategy}`)} <StatusBadge status={a.status} />
                          </span>
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
                <Pager page={page} total={list.data.total} pageSize={shown} label={t('practiceForm.activitiesPages')} onPage={setPage} />
              </>
            ))}
        </>
      )}
    </fieldset>
  );
}
