import { Route } from 'react-router-dom';
import { RequirePermission } from '#web/features/auth/RequireSession.tsx';
import { lazyPage } from '#web/shell/lazyPage.tsx';
import { NewActivityPage } from './NewActivityPage';

// The report form is in the main bundle (a report kept offline goes back to home, also there):
// the installed app must open them without a connection. The other pages load when first shown.
const ActivityListPage = lazyPage(() => import('./list/ActivityListPage').then((m) => m.ActivityListPage));
const ActivityDetailPage = lazyPage(() => import('./detail/ActivityDetailPage').then((m) => m.ActivityDetailPage));
const EditActivityPage = lazyPage(() => import('./EditActivityPage').then((m) => m.EditActivityPage));
const ReviewQueuePage = lazyPage(() => import('./review/ReviewQueuePage').then((m) => m.ReviewQueuePage));

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
