import { useUser } from '#web/features/auth/session.tsx';
import { useT } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { emptyPractice } from './model';
import { PracticeForm } from './PracticeForm';
import './practices.css';
import './messages.ts';

/** "Tulis praktik baik": a manager writes for its own library; staff who write stories pick the library first. */
export function NewPracticePage() {
  const t = useT();
  const user = useUser();
  usePageTitle(t('practiceForm.newTitle'));
  const partnerId = user.partnerId ?? null;
  const partner = partnerId === null ? null : { id: partnerId, name: user.partnerName ?? t('offline.partnerUnknown') };
  return (
    <>
      <h1 tabIndex={-1}>{t('practiceForm.newTitle')}</h1>
      <p className="lead">{t('practiceForm.intro')}</p>
      <PracticeForm existing={null} partner={partner} initial={emptyPractice(partnerId)} />
    </>
  );
}
