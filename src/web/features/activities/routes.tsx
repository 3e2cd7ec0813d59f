import { Route } from 'react-router-dom';
import { RequirePermission } from '#web/features/auth/RequireSession.tsx';
import { ActivityDetailPage } from './detail/ActivityDetailPage';
import { EditActivityPage } from './EditActivityPage';
import { ActivityListPage } from './list/ActivityListPage';
import { NewActivityPage } from './NewActivityPage';
import { ReviewQueuePage } from './review/ReviewQueuePage';

/**
 * Reporting and review pages, as routes for App's <Routes> (an element, not a component:
 * the router reads route elements, and a fragment of them is read as its children).
 */
export const activityRoutes = (
  <>
    <Route path="kegiatan" element={<ActivityListPage />} />
    <Route
      path="lapor"
      element={
        <RequirePermission action="activities.report">
          <NewActivityPage />
        </RequirePermission>
      }
    />
    <Route path="kegiatan/:id" element={<ActivityDetailPage />} />
    <Route
      path="kegiatan/:id/ubah"
      element={
        <RequirePermission action="activities.report">
          <EditActivityPage />
        </RequirePermission>
      }
    />
    <Route
      path="verifikasi"
      element={
        <RequirePermission action="activities.review">
          <ReviewQueuePage />
        </RequirePermission>
      }
    />
  </>
);
