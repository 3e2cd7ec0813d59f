import { Route } from 'react-router-dom';
import { RequirePermission } from '#web/features/auth/RequireSession.tsx';
import { lazyPage } from '#web/shell/lazyPage.tsx';

// Problem pages load when first shown: none of them is needed to open the app offline.
const NewProblemPage = lazyPage(() => import('./NewProblemPage').then((m) => m.NewProblemPage));
const ProblemListPage = lazyPage(() => import('./list/ProblemListPage').then((m) => m.ProblemListPage));
const ProblemPage = lazyPage(() => import('./detail/ProblemPage').then((m) => m.ProblemPage));

/** Kendala pages, as routes for App's <Routes> (a fragment of route elements, like the activities'). */
export const problemRoutes = (
  <>
    <Route
      path="kendala"
      element={
        <RequirePermission action="problems.read">
          <ProblemListPage />
        </RequirePermission>
      }
    />
    <Route
      path="kendala/baru"
      element={
        <RequirePermission action="problems.raise">
          <NewProblemPage />
        </RequirePermission>
      }
    />
    <Route
      path="kendala/:id"
      element={
        <RequirePermission action="problems.read">
          <ProblemPage />
        </RequirePermission>
      }
    />
  </>
);
