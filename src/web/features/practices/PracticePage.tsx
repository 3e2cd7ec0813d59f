import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { formatDate } from '#domain/calendar';
import { inScope, scopeOfUser } from '#domain/permissions';
import type { Practice } from '#domain/practices';
import type { User } from '#domain/users';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { PhotoGallery } from '#web/features/activities/detail/PhotoGallery.tsx';
import { formatDateTime } from '#web/features/activities/format.ts';
import { idFromParam } from '#web/features/activities/idParam.ts';
import { StatusBadge } from '#web/features/activities/StatusBadge.tsx';
import { useUser } from '#web/features/auth/session.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { useFlash } from '#web/shell/useFlash.ts';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { practiceQuery } from './api';
import { lastReturn } from './history';
import { fullPlaceOf } from './place';
import { PracticeActions, type PracticeDone } from './PracticeActions';
import { FeaturedMark, PracticeStatusBadge } from './PracticeStatusBadge';
import { PracticeThread } from './PracticeThread';
import { PracticeTrail } from './PracticeTrail';
import './practices.css';
import './messages.ts';
import '#web/i18n/pages.ts';

type Notice = 'saved' | PracticeDone;

/** The library's page and its activities are in scope only: a reader from another province sees their names, unlinked. */
const opensLibrary = (user: User, practice: Practice) => {
  const scope = scopeOfUser(user);
  return scope !== null && inScope(scope, { regionCode: practice.regionCode, partnerId: practice.partnerId });
};

/** /praktik-baik/:id: one story in full, what this person may do with it now, its thread and trail. */
export function PracticePage() {
  const t = useLanguage().t;
  const id = idFromParam(useParams().id);
  const query = practiceQuery(id);
  const loaded = useApiQuery(query);
  const client = useQueryClient();
  const flash = useFlash((state) => (state as { notice?: Notice } | null)?.notice ?? null);
  const [notice, setNotice] = useState<Notice | null>(flash);
  const practice = loaded.state === 'ready' ? loaded.data : null;
  usePageTitle(practice?.title ?? t('practice.title'));

  if (!practice) {
    return (
      <>
        <h1 tabIndex={-1}>{t('practice.title')}</h1>
        {loaded.state === 'loading' && <p role="status">{t('app.loading')}</p>}
        {loaded.state === 'failed' && (
          <ErrorNotice
            error={loaded.error}
            overrides={{ not_found: t('practice.notFound') }}
            onRetry={loaded.error.code === 'not_found' ? undefined : loaded.reload}
          />
        )}
      </>
    );
  }

  // An action answers with the story as it now is: showing that keeps the focus where it was.
  const onChanged = (next: Practice, done: PracticeDone) => {
    client.setQueryData(query.queryKey, next);
    setNotice(done);
  };
  const refresh = () => client.refetchQueries({ queryKey: query.queryKey, exact: true });

  return (
    <>
      <p className="back-link">
        <Link to="/praktik-baik">{t('practice.backToGallery')}</Link>
      </p>
      <h1 tabIndex={-1}>{practice.title}</h1>
      <p className="activity-head">
        <PracticeStatusBadge status={practice.status} />
        {practice.featured && <FeaturedMark />}
        {practice.strategy && <span>{t(`strategy.${practice.strategy}`)}</span>}
      </p>
      <p role="status" className={notice ? 'notice notice--success' : 'visually-hidden'}>
        {notice ? t(`practice.done.${notice}`) : ''}
      </p>
      <ReturnedNotice practice={practice} />
      <PracticeActions key={`${practice.id}:${practice.status}:${practice.featured}`} practice={practice} onChanged={onChanged} />
      <div className="activity-layout">
        <div>
          <PracticeStory practice={practice} />
          <PhotoGallery photos={practice.photos} title={practice.title} />
          <LinkedActivities practice={practice} />
          <PracticeThread practice={practice} onCommented={refresh} />
        </div>
        <PracticeTrail events={practice.history} />
      </div>
    </>
  );
}

/** Returned: the author reads the reviewer's words first, with who wrote them. */
function ReturnedNotice({ practice }: { practice: Practice }) {
  const { t, locale } = useLanguage();
  if (practice.status !== 'returned' || !practice.returnComment) return null;
  const by = lastReturn(practice.history);
  return (
    <div className="notice notice--warning practice-returned" role="note">
      <p className="notice__title">{t('practice.returnedTitle')}</p>
      <p className="quote">{practice.returnComment}</p>
      {by && (
        <p className="field__hint">
          {t('history.by', { name: by.actor.displayName ?? by.actor.username })} · {formatDateTime(by.at, locale)}
        </p>
      )}
      {practice.allowed.includes('edit') && <p>{t('practice.returnedFix')}</p>}
    </div>
  );
}

function PracticeStory({ practice: p }: { practice: Practice }) {
  const { t, locale } = useLanguage();
  const user = useUser();
  return (
    <>
      <dl className="activity-facts">
        <div>
          <dt>{t('field.partner')}</dt>
          <dd>{opensLibrary(user, p) ? <Link to={`/mitra/${p.partnerId}`}>{p.partnerName}</Link> : p.partnerName}</dd>
        </div>
        <div>
          <dt>{t('field.region')}</dt>
          <dd>{fullPlaceOf(p.regionPath)}</dd>
        </div>
        <div>
          <dt>{t('field.strategy')}</dt>
          <dd>{p.strategy ? t(`strategy.${p.strategy}`) : t('practice.noStrategy')}</dd>
        </div>
        <div>
          <dt>{t('practice.writtenBy')}</dt>
          <dd>{p.createdBy.displayName ?? p.createdBy.username}</dd>
        </div>
        {p.publishedAt && (
          <div>
            <dt>{t('practice.publishedAt')}</dt>
            <dd>
              {formatDate(p.publishedAt.slice(0, 10), locale)}
              {p.publishedBy && <>, {t('history.by', { name: p.publishedBy.displayName ?? p.publishedBy.username })}</>}
            </dd>
          </div>
        )}
      </dl>
      <section aria-labelledby="practice-summary">
        <h2 id="practice-summary">{t('field.summary')}</h2>
        <p className="lead prose">{p.summary}</p>
      </section>
      <section aria-labelledby="practice-story">
        <h2 id="practice-story">{t('field.story')}</h2>
        <p className="prose practice-story">{p.story}</p>
      </section>
      {p.testimony && (
        <section aria-labelledby="practice-testimony">
          <h2 id="practice-testimony">{t('field.testimony')}</h2>
          <figure className="practice-testimony">
            <blockquote className="quote">{p.testimony}</blockquote>
            {p.testimonyBy && <figcaption>— {p.testimonyBy}</figcaption>}
          </figure>
        </section>
      )}
    </>
  );
}

function LinkedActivities({ practice }: { practice: Practice }) {
  const { t, locale } = useLanguage();
  const user = useUser();
  const links = opensLibrary(user, practice);
  return (
    <section aria-labelledby="practice-activities">
      <h2 id="practice-activities">{t('practice.activities', { count: practice.activities.length })}</h2>
      {practice.activities.length === 0 ? (
        <p>{t('practice.noActivities')}</p>
      ) : (
        <ul className="plain-list practice-activities">
          {practice.activities.map((a) => (
            <li key={a.id}>
              {links ? <Link to={`/kegiatan/${a.id}`}>{a.title}</Link> : <span>{a.title}</span>}
              <span className="practice-activities__meta">
                {formatDate(a.date, locale)} · {t(`strategy.${a.strategy}`)} <StatusBadge status={a.status} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
