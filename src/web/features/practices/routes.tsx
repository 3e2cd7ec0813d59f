import { Route, Routes } from 'react-router-dom';
import { RequirePermission } from '#web/features/auth/RequireSession.tsx';
import { NotFoundPage } from '#web/shell/NotFoundPage.tsx';
import { EditPracticePage } from './EditPracticePage';
import { GalleryPage } from './GalleryPage';
import { NewPracticePage } from './NewPracticePage';
import { PracticePage } from './PracticePage';

/**
 * Everything under /praktik-baik: the gallery, a story, and writing one. App loads this module
 * (and with it the pages) only when a story is first opened; stories are read online.
 */
export function PracticeRoutes() {
  return (
    <Routes>
      <Route index element={<GalleryPage />} />
      <Route
        path="baru"
        element={
          <RequirePermission action="practices.write">
            <NewPracticePage />
          </RequirePermission>
        }
      />
      <Route path=":id" element={<PracticePage />} />
      <Route
        path=":id/ubah"
        element={
          <RequirePermission action="practices.write">
            <EditPracticePage />
          </RequirePermission>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
