import { Route } from 'react-router-dom';
import { RequirePermission } from '#web/features/auth/RequireSession.tsx';
import { lazyPage } from '#web/shell/lazyPage.tsx';

// Partner pages load when first shown; the report form's partner picker is in the main bundle.
const EditPartnerPage = lazyPage(() => import('./EditPartnerPage').then((m) => m.EditPartnerPage));
const NewPartnerPage = lazyPage(() => import('./NewPartnerPage').then((m) => m.NewPartnerPage));
const PartnerListPage = lazyPage(() => import('./PartnerListPage').then((m) => m.PartnerListPage));
const PartnerPage = lazyPage(() => import('./PartnerPage').then((m) => m.PartnerPage));

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
