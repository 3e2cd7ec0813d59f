import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '#web/shell/NotFoundPage.tsx';
import { ImportPage } from './ImportPage';
import { useUser } from '#web/features/auth/session.tsx';
import { ForbiddenPage } from '#web/shell/ForbiddenPage.tsx';
import { importableKinds } from './access';

/** Everything under /impor, loaded only when first opened; for the roles that may import something. */
export function ImportRoutes() {
  const user = useUser();
  if (importableKinds(user).length === 0) return <ForbiddenPage />;
  return (
    <Routes>
      <Route index element={<ImportPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
