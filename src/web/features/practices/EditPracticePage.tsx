import { Link, useParams } from 'react-router-dom';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { idFromParam } from '#web/features/activities/idParam.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useT } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { practiceQuery } from './api';
import { valuesOfPractice } from './model';
import { PracticeForm } from './PracticeForm';
import './practices.css';
import './messages.ts';

/** Editing a draft or a returned story; anything else is locked and says so. */
export function EditPracticePage() {
  const t = useT();
  const id = idFromParam(useParams().id);
  usePageTitle(t('practiceForm.editTitle'));
  // The form starts from the story as it is now, not as a cache last saw it.
  const practice = useApiQuery(practiceQuery(id), { fresh: true });

  return (
    <>
      <h1 tabIndex={-1}>{t('practiceForm.editTitle')}</h1>
      {practice.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {practice.state === 'failed' && (
        <ErrorNotice error={practice.error} overrides={{ not_found: t('practice.notFound') }} onRetry={practice.reload} />
      )}
      {practice.state === 'ready' &&
        (practice.data.allowed.includes('edit') ? (
          <PracticeForm
            key={practice.data.id}
            existing={practice.data}
            partner={{ id: practice.data.partnerId, name: practice.data.partnerName }}
            initial={valuesOfPractice(practice.data)}
          />
        ) : (
          <>
            <p className="notice notice--info">{t('practiceForm.locked')}</p>
            <Link to={`/praktik-baik/${practice.data.id}`}>{t('practiceForm.backToStory')}</Link>
          </>
        ))}
    </>
  );
}
