import { Route, Routes } from 'react-router-dom';
import { RequirePermission } from '#web/features/auth/RequireSession.tsx';
import { NotFoundPage } from '#web/shell/NotFoundPage.tsx';
import { CourseListPage } from './CourseListPage';
import { CoursePage } from './CoursePage';
import { LessonPage } from './LessonPage';
import { QuizPage } from './QuizPage';

/**
 * Everything under /elis for learners: the courses, a course, a lesson, a quiz. App loads this
 * module (and with it the pages) only when first needed; the service worker keeps the chunk, so
 * a lesson read once opens again offline.
 */
export function CourseRoutes() {
  return (
    <RequirePermission action="courses.learn">
      <Routes>
        <Route index element={<CourseListPage />} />
        <Route path=":id" element={<CoursePage />} />
        <Route path=":id/pelajaran/:lessonId" element={<LessonPage />} />
        <Route path=":id/kuis/:moduleId" element={<QuizPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RequirePermission>
  );
}
