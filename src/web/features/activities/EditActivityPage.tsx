import { Link, useParams } from 'react-router-dom';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useT } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { activityQuery } from './api';
import { ActivityForm } from './form/ActivityForm';
import { valuesOf } from './form/model';
import { idFromParam } from './idParam';
import '#web/i18n/pages.ts';

/** Editing a draft or a returned report; anything else is locked and says so. */
export function EditActivityPage() {
  const t = useT();
  const id = idFromParam(useParams().id);
  usePageTitle(t('activityForm.editTitle'));
  // The form starts from the activity as it is now, not as a cache last saw it.
  const activity = useApiQuery(activityQuery(id), { fresh: true });

  return (
    <>
      <h1 tabIndex={-1}>{t('activityForm.editTitle')}</h1>
      {activity.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {activity.state === 'failed' && (
        <ErrorNotice error={activity.error} overrides={{ not_found: t('activity.notFound') }} onRetry={activity.reload} />
      )}
      {activity.state === 'ready' &&
        (activity.data.allowed.includes('edit') ? (
          <ActivityForm
            key={activity.data.id}
            existing={activity.data}
            partner={{ id: activity.data.partnerId, name: activity.data.partnerName }}
            initial={valuesOf(activity.data)}
          />
        ) : (
          <>
            <p className="notice notice--info">{t('activityForm.locked')}</p>
            <Link to={`/kegiatan/${activity.data.id}`}>{t('activityForm.backToActivity')}</Link>
          </>
        ))}
    </>
  );
}
