import { Route, Routes } from 'react-router-dom';
import { RequirePermission } from '#web/features/auth/RequireSession.tsx';
import { NotFoundPage } from '#web/shell/NotFoundPage.tsx';
import { ProblemPage } from './detail/ProblemPage';
import { ProblemListPage } from './list/ProblemListPage';
import { NewProblemPage } from './NewProblemPage';

/**
 * Everything under /kendala: the list, raising one, a problem's page. App loads this module (and
 * with it the pages) only when first needed: none of them is needed to open the app offline.
 */
export function ProblemRoutes() {
  return (
    <RequirePermission action="problems.read">
      <Routes>
        <Route index element={<ProblemListPage />} />
        <Route
          path="baru"
          element={
            <RequirePermission action="problems.raise">
              <NewProblemPage />
            </RequirePermission>
          }
        />
        <Route path=":id" element={<ProblemPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RequirePermission>
  );
}
