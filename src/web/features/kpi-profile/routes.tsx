import { Route, Routes } from 'react-router-dom';
import { RequirePermission } from '#web/features/auth/RequireSession.tsx';
import { NotFoundPage } from '#web/shell/NotFoundPage.tsx';
import { KpiProfilePage } from './KpiProfilePage';

/** Everything under /profil-kpi, loaded only when first opened; the national office's alone. */
export function KpiProfileRoutes() {
  return (
    <RequirePermission action="kpiProfiles.write">
      <Routes>
        <Route index element={<KpiProfilePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RequirePermission>
  );
}
