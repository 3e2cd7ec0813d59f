import { Route } from 'react-router-dom';
import { RequirePermission } from '#web/features/auth/RequireSession.tsx';
import { EditPartnerPage } from './EditPartnerPage';
import { NewPartnerPage } from './NewPartnerPage';
import { PartnerListPage } from './PartnerListPage';
import { PartnerPage } from './PartnerPage';

/** Partner pages, as routes for App's <Routes>; /mitra/:id/rapor belongs to the KPI pages. */
export const partnerRoutes = (
  <>
    <Route path="mitra" element={<PartnerListPage />} />
    <Route
      path="mitra/baru"
      element={
        <RequirePermission action="partners.write">
          <NewPartnerPage />
        </RequirePermission>
      }
    />
    <Route path="mitra/:id" element={<PartnerPage />} />
    <Route
      path="mitra/:id/ubah"
      element={
        <RequirePermission action="partners.write">
          <EditPartnerPage />
        </RequirePermission>
      }
    />
  </>
);
