import { Route } from 'react-router-dom';
import { RequirePermission } from '#web/features/auth/RequireSession.tsx';
import { lazyPage } from '#web/shell/lazyPage.tsx';

const GatheringListPage = lazyPage(() => import('./list/GatheringListPage').then((m) => m.GatheringListPage));
const GatheringDetailPage = lazyPage(() => import('./detail/GatheringDetailPage').then((m) => m.GatheringDetailPage));
const NewGatheringPage = lazyPage(() => import('./form/GatheringFormPage').then((m) => m.NewGatheringPage));
const EditGatheringPage = lazyPage(() => import('./form/GatheringFormPage').then((m) => m.EditGatheringPage));
const AttendancePage = lazyPage(() => import('./attendance/AttendancePage').then((m) => m.AttendancePage));

/** Gathering pages (pertemuan), as routes for App's <Routes>; each loads when first shown. */
export const gatheringRoutes = (
  <>
    <Route path="pertemuan" element={<GatheringListPage />} />
    <Route
      path="pertemuan/baru"
      element={
        <RequirePermission action="gatherings.write">
          <NewGatheringPage />
        </RequirePermission>
      }
    />
    <Route path="pertemuan/:id" element={<GatheringDetailPage />} />
    <Route
      path="pertemuan/:id/ubah"
      element={
        <RequirePermission action="gatherings.write">
          <EditGatheringPage />
        </RequirePermission>
      }
    />
    <Route
      path="pertemuan/:id/hadir"
      element={
        <RequirePermission action="gatherings.write">
          <AttendancePage />
        </RequirePermission>
      }
    />
  </>
);
