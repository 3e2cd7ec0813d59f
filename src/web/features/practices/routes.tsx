import { Route } from 'react-router-dom';
import { RequirePermission } from '#web/features/auth/RequireSession.tsx';
import { lazyPage } from '#web/shell/lazyPage.tsx';

// Stories are read online: every page comes in its own chunk when first shown.
const GalleryPage = lazyPage(() => import('./GalleryPage').then((m) => m.GalleryPage));
const PracticePage = lazyPage(() => import('./PracticePage').then((m) => m.PracticePage));
const NewPracticePage = lazyPage(() => import('./NewPracticePage').then((m) => m.NewPracticePage));
const EditPracticePage = lazyPage(() => import('./EditPracticePage').then((m) => m.EditPracticePage));

/** The gallery, a story, and writing one, as routes for App's <Routes> (an element, as the activities' are). */
export const practiceRoutes = (
  <>
    <Route path="praktik-baik" element={<GalleryPage />} />
    <Route
      path="praktik-baik/baru"
      element={
        <RequirePermission action="practices.write">
          <NewPracticePage />
        </RequirePermission>
      }
    />
    <Route path="praktik-baik/:id" element={<PracticePage />} />
    <Route
      path="praktik-baik/:id/ubah"
      element={
        <RequirePermission action="practices.write">
          <EditPracticePage />
        </RequirePermission>
      }
    />
  </>
);
