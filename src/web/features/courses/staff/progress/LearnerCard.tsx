import { formatDate } from '#domain/calendar';
import type { LearnerRow } from '#domain/course-learning';
import { formatDateTime } from '#web/features/activities/format.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import '../messages.ts';

interface LearnerCardProps {
  learner: LearnerRow;
  lessonCount: number;
  quizCount: number;
  /** Module titles by id, when the course can be read; a quiz is named by its module. */
  moduleNames: ReadonlyMap<number, string>;
}

/** One learner: where they stand, how far they got, their quiz attempts, and their certificate. */
export function LearnerCard({ learner, lessonCount, quizCount, moduleNames }: LearnerCardProps) {
  const { t, locale } = useLanguage();
  const where = learner.partnerName ?? t('elisStaff.progress.staffRole', { role: t(`role.${learner.role}`) });
  return (
    <li className="course-learner">
      <h3 className="course-learner__name">{learner.name}</h3>
      <p className="muted">{where}</p>
      <p>
        <progress max={100} value={learner.percent} aria-label={t('elisStaff.progress.percent', { percent: learner.percent })}>
          {learner.percent}%
        </progress>{' '}
        {t('elisStaff.progress.percent', { percent: learner.percent })}
      </p>
      <ul className="plain-list course-learner__facts">
        <li>{t('elisStaff.progress.lessons', { done: learner.lessonsDone, total: lessonCount })}</li>
        <li>{t('elisStaff.progress.quizzes', { passed: learner.quizzesPassed, total: quizCount })}</li>
        <li>{t('elisStaff.progress.attempts', { count: learner.attempts })}</li>
        {learner.completedAt ? (
          <li>
            <strong>{t('elisStaff.progress.completedOn', { date: formatDateTime(learner.completedAt, locale) })}</strong>
            {learner.certificateIssuedOn && (
              <> · {t('elisStaff.progress.certificate', { date: formatDate(learner.certificateIssuedOn, locale, 'long') })}</>
            )}
          </li>
        ) : (
          <li>{t('elisStaff.progress.lastActive', { date: formatDateTime(learner.lastActivityAt, locale) })}</li>
        )}
        <li className="muted">{t('elisStaff.progress.enrolledOn', { date: formatDateTime(learner.enrolledAt, locale) })}</li>
      </ul>
      {learner.quizzes.length > 0 && (
        <details className="course-learner__quizzes">
          <summary>{t('elisStaff.progress.quizDetails')}</summary>
          <ul>
            {learner.quizzes.map((q) => (
              <li key={q.moduleId}>
                {t('elisStaff.progress.quizLine', {
                  module: moduleNames.get(q.moduleId) ?? `#${q.moduleId}`,
                  attempts: q.attempts,
                  score: q.bestScore,
                })}{' '}
                ({q.passed ? t('elisStaff.progress.passed') : t('elisStaff.progress.notPassed')})
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
