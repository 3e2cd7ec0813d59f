import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Activity } from '#domain/activities';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { activityQuery } from '#web/features/activities/api.ts';
import type { SavedNotice } from '#web/features/activities/form/useActivitySave.ts';
import { idFromParam } from '#web/features/activities/idParam.ts';
import { StatusBadge } from '#web/features/activities/StatusBadge.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useT } from '#web/i18n/language.tsx';
import { useFlash } from '#web/shell/useFlash.ts';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { ActivityActions, type ActionDone } from './ActivityActions';
import { ActivityFacts } from './ActivityFacts';
import { AuditTrail } from './AuditTrail';
import { CommentsSection } from './CommentsSection';
import { PhotoGallery } from './PhotoGallery';
import '#web/i18n/pages.ts';

type Notice = SavedNotice['notice'] | ActionDone;

/** One report in full: its facts, photos, what may be done with it now, the conversation and the audit trail. */
export function ActivityDetailPage() {
  const t = useT();
  const id = idFromParam(useParams().id);
  const query = activityQuery(id);
  const loaded = useApiQuery(query);
  const client = useQueryClient();
  const flash = useFlash((state) => (state as Partial<SavedNotice> | null)?.notice ?? null);
  const [notice, setNotice] = useState<Notice | null>(flash);

  const activity = loaded.state === 'ready' ? loaded.data : null;
  usePageTitle(activity?.title ?? t('activity.title'));

  // An action answers with the activity as it now is; showing that avoids a reload that would lose the focus.
  const onChanged = (next: Activity, done: ActionDone) => {
    client.setQueryData(query.queryKey, next);
    setNotice(done);
  };
  const refresh = () => client.refetchQueries({ queryKey: query.queryKey, exact: true });

  if (!activity) {
    return (
      <>
        <h1 tabIndex={-1}>{t('activity.title')}</h1>
        {loaded.state === 'loading' && <p role="status">{t('app.loading')}</p>}
        {loaded.state === 'failed' && (
          <ErrorNotice
            error={loaded.error}
            overrides={{ not_found: t('activity.notFound') }}
            onRetry={loaded.error.code === 'not_found' ? undefined : loaded.reload}
          />
        )}
      </>
    );
  }

  return (
    <>
      <p className="back-link">
        <Link to="/kegiatan">{t('activity.backToList')}</Link>
      </p>
      <h1 tabIndex={-1}>{activity.title}</h1>
      <p className="activity-head">
        <StatusBadge status={activity.status} />
        <span>{t(`strategy.${activity.strategy}`)}</span>
      </p>
      <p role="status" className={notice ? 'notice notice--success' : 'visually-hidden'}>
        {notice ? t(`activity.done.${notice}`) : ''}
      </p>
      {activity.status === 'returned' && activity.returnComment && (
        <div className="notice notice--info">
          <p className="notice__title">{t('activityForm.returnedTitle')}</p>
          <p className="quote">{activity.returnComment}</p>
        </div>
      )}
      <ActivityActions key={`${activity.id}:${activity.status}`} activity={activity} onChanged={onChanged} />
      <div className="activity-layout">
        <div>
          <ActivityFacts activity={activity} />
          <PhotoGallery photos={activity.photos} title={activity.title} />
          <CommentsSection activity={activity} onCommented={refresh} />
        </div>
        <AuditTrail events={activity.history} />
      </div>
    </>
  );
}
