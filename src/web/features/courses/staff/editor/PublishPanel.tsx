import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { formatDate } from '#domain/calendar';
import type { AuthoredCourse } from '#domain/courses';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { deleteCourse, publishCourse, unpublishCourse } from '../api';
import { CourseStatusBadge } from '../CourseStatusBadge';
import { useIssueWords } from '../words';
import '../messages.ts';

type Step = 'publish' | 'unpublish' | 'delete';

interface PublishPanelProps {
  course: AuthoredCourse;
  /** The form holds changes not saved yet: what would be published is not what the author sees. */
  unsaved: boolean;
  onChanged: (course: AuthoredCourse, said: 'published' | 'unpublished') => void;
}

/**
 * Where the course stands, what stops it from being published, the learner's preview, and the
 * publish, unpublish and delete buttons, each asking once before it acts.
 */
export function PublishPanel({ course, unsaved, onChanged }: PublishPanelProps) {
  const { t, locale } = useLanguage();
  const navigate = useNavigate();
  const issues = useIssueWords();
  const action = useSubmit();
  const [asking, setAsking] = useState<Step | null>(null);
  const published = course.status === 'published';
  const problems = course.publishProblems;

  const confirm = (step: Step) => {
    setAsking(null);
    if (step === 'delete') {
      void action.run(async () => {
        await deleteCourse(course.id);
        await navigate('/elis/kelola', { state: { deleted: true } });
      });
      return;
    }
    void action.run(async () => {
      const changed = step === 'publish' ? await publishCourse(course.id) : await unpublishCourse(course.id);
      onChanged(changed, step === 'publish' ? 'published' : 'unpublished');
    });
  };

  const question: Record<Step, { text: string; yes: string }> = {
    publish: { text: t('elisStaff.publish.confirmPublish'), yes: t('elisStaff.publish.yesPublish') },
    unpublish: { text: t('elisStaff.publish.confirmUnpublish'), yes: t('elisStaff.publish.yesUnpublish') },
    delete: { text: t('elisStaff.publish.confirmDelete'), yes: t('elisStaff.publish.yesDelete') },
  };

  return (
    <section className="card course-publish" aria-labelledby="course-publish">
      <h2 id="course-publish">{t('elisStaff.publish.title')}</h2>
      <p className="course-publish__status">
        <CourseStatusBadge status={course.status} />{' '}
        {published && course.publishedAt && (
          <span>{t('elisStaff.publish.since', { date: formatDate(course.publishedAt.slice(0, 10), locale, 'long') })}</span>
        )}
      </p>
      <p className="muted">
        {t('elisStaff.publish.revision', { revision: course.revision })} · {t('elisStaff.publish.enrolments', { count: course.enrolments })}
      </p>
      {!published && problems.length > 0 && (
        <div className="notice notice--warning">
          <p className="notice__title">{t('elisStaff.publish.problems')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p.field}>
                {issues.place(p.field)}: {issues.message(p)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {unsaved && <p className="notice notice--info">{t('elisStaff.publish.saveFirst')}</p>}
      {action.error && <ErrorNotice error={action.error} />}
      {asking ? (
        <div className="course-publish__confirm" role="group" aria-label={question[asking].text}>
          <p>
            <strong>{question[asking].text}</strong>
          </p>
          <div className="button-row">
            <button type="button" className={asking === 'publish' ? 'button' : 'button button--danger'} onClick={() => confirm(asking)}>
              {question[asking].yes}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setAsking(null)}>
              {t('elisStaff.publish.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <Link className="button button--secondary" to={`/elis/kelola/${course.id}/pratinjau`}>
            {t('elisStaff.publish.preview')}
          </Link>
          {published ? (
            <button type="button" className="button button--secondary" disabled={action.busy} onClick={() => setAsking('unpublish')}>
              {t('elisStaff.publish.unpublish')}
            </button>
          ) : (
            <button
              type="button"
              className="button"
              disabled={action.busy || unsaved || problems.length > 0}
              onClick={() => setAsking('publish')}
            >
              {t('elisStaff.publish.publish')}
            </button>
          )}
          {!published && course.enrolments === 0 && (
            <button type="button" className="button button--quiet" disabled={action.busy} onClick={() => setAsking('delete')}>
              {t('elisStaff.publish.delete')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
