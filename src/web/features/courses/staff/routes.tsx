import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { can } from '#domain/permissions';
import { RequirePermission } from '#web/features/auth/RequireSession.tsx';
import { useUser } from '#web/features/auth/session.tsx';
import { NotFoundPage } from '#web/shell/NotFoundPage.tsx';
import { EditCoursePage, NewCoursePage } from './editor/CourseEditorPage';
import { CourseAdminListPage } from './list/CourseAdminListPage';
import { LearnerPreviewPage } from './preview/LearnerPreviewPage';
import { CourseProgressPage } from './progress/CourseProgressPage';
import { ProgressOverviewPage } from './progress/ProgressOverviewPage';

/** /elis/kelola for someone who only follows learners is their progress overview. */
function StaffHome() {
  const user = useUser();
  if (can(user, 'courses.write')) return <CourseAdminListPage />;
  return can(user, 'courses.progress') ? <Navigate to="/elis/kelola/kemajuan" replace /> : <NotFoundPage />;
}

const writing = (page: ReactNode) => <RequirePermission action="courses.write">{page}</RequirePermission>;
const following = (page: ReactNode) => <RequirePermission action="courses.progress">{page}</RequirePermission>;

/**
 * Everything under /elis/kelola, Elis for staff: the national office writes, previews and
 * publishes courses; staff in a region follow their learners. App loads this module (and the
 * pages with it) only when first needed, apart from the learners' /elis pages.
 */
export function CourseStaffRoutes() {
  return (
    <Routes>
      <Route index element={<StaffHome />} />
      <Route path="baru" element={writing(<NewCoursePage />)} />
      <Route path="kemajuan" element={following(<ProgressOverviewPage />)} />
      <Route path=":id" element={writing(<EditCoursePage />)} />
      <Route path=":id/pratinjau" element={writing(<LearnerPreviewPage />)} />
      <Route path=":id/kemajuan" element={following(<CourseProgressPage />)} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
