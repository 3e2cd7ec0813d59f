import { Route, Routes } from 'react-router-dom';
import { RequirePermission } from '#web/features/auth/RequireSession.tsx';
import { NotFoundPage } from '#web/shell/NotFoundPage.tsx';
import { AttendancePage } from './attendance/AttendancePage';
import { GatheringDetailPage } from './detail/GatheringDetailPage';
import { EditGatheringPage, NewGatheringPage } from './form/GatheringFormPage';
import { GatheringListPage } from './list/GatheringListPage';

/** Everything under /pertemuan (gatherings); App loads this module, and the pages with it, when first needed. */
export function GatheringRoutes() {
  return (
    <Routes>
      <Route index element={<GatheringListPage />} />
      <Route
        path="baru"
        element={
          <RequirePermission action="gatherings.write">
            <NewGatheringPage />
          </RequirePermission>
        }
      />
      <Route path=":id" element={<GatheringDetailPage />} />
      <Route
        path=":id/ubah"
        element={
          <RequirePermission action="gatherings.write">
            <EditGatheringPage />
          </RequirePermission>
        }
      />
      <Route
        path=":id/hadir"
        element={
          <RequirePermission action="gatherings.write">
            <AttendancePage />
          </RequirePermission>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
