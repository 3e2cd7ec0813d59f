import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { LoginPage } from '#web/features/auth/LoginPage.tsx';
import { RequirePermission, RequireSession } from '#web/features/auth/RequireSession.tsx';
import { useSession } from '#web/features/auth/session.tsx';
import { HomePage } from '#web/features/home/HomePage.tsx';
// ---- Activities, review queue and partners ----
import { OutboxProvider } from '#web/features/activities/outbox/OutboxProvider.tsx';
import { activityRoutes } from '#web/features/activities/routes.tsx';
import { partnerRoutes } from '#web/features/partners/routes.tsx';
// ---- end activities ----
// ---- practices ----
// ---- end practices ----
// ---- problems ----
// ---- end problems ----
// ---- gatherings ----
// ---- end gatherings ----
import { AppLayout } from '#web/shell/AppLayout.tsx';
import { lazyPage } from '#web/shell/lazyPage.tsx';
import { NotFoundPage } from '#web/shell/NotFoundPage.tsx';
import { PublicLayout } from '#web/shell/PublicLayout.tsx';
import { SessionAwareLayout } from '#web/shell/SessionAwareLayout.tsx';
import { StartScreen } from '#web/shell/StartScreen.tsx';

// The first visit (login, home, report form) is in the main bundle, so it also opens offline;
// every other page, and the charts above all, comes in its own chunk when first shown.
const AboutPage = lazyPage(() => import('#web/features/about/AboutPage.tsx').then((m) => m.AboutPage));
const AccountPage = lazyPage(() => import('#web/features/auth/AccountPage.tsx').then((m) => m.AccountPage));
const DashboardPage = lazyPage(() => import('#web/features/dashboard/DashboardPage.tsx').then((m) => m.DashboardPage));
const RaporPage = lazyPage(() => import('#web/features/rapor/RaporPage.tsx').then((m) => m.RaporPage));
const RegionsPage = lazyPage(() => import('#web/features/regions/RegionsPage.tsx').then((m) => m.RegionsPage));
const UsersPage = lazyPage(() => import('#web/features/users/UsersPage.tsx').then((m) => m.UsersPage));
// Stories, problems and gatherings each bring their own routes, and their pages, when first opened.
const PracticeRoutes = lazyPage(() => import('#web/features/practices/routes.tsx').then((m) => m.PracticeRoutes));
const ProblemRoutes = lazyPage(() => import('#web/features/problems/routes.tsx').then((m) => m.ProblemRoutes));
const NotificationsPage = lazyPage(() => import('#web/features/notifications/NotificationsPage.tsx').then((m) => m.NotificationsPage));
const GatheringRoutes = lazyPage(() => import('#web/features/gatherings/routes.tsx').then((m) => m.GatheringRoutes));

/** Paths are Indonesian, like the menu they come from: /wilayah/19.06.04 reads as what it shows. */
export function App() {
  const { session } = useSession();
  // Until GET /api/auth/me answers, nobody knows whether to show the login page.
  if (session.status === 'loading' || session.status === 'failed') return <StartScreen />;
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<PublicLayout />}>
          <Route path="login" element={<LoginPage />} />
        </Route>
        <Route element={<SessionAwareLayout />}>
          <Route path="tentang" element={<AboutPage />} />
        </Route>
        <Route
          element={
            <RequireSession>
              {/* Reports kept offline are sent from any page once signed in. */}
              <OutboxProvider>
                <AppLayout />
              </OutboxProvider>
            </RequireSession>
          }
        >
          <Route index element={<HomePage />} />
          <Route path="dasbor" element={<DashboardPage />} />
          <Route path="mitra/:id/rapor" element={<RaporPage />} />
          <Route path="wilayah" element={<RegionsPage />} />
          <Route path="wilayah/:code" element={<RegionsPage />} />
          <Route
            path="pengguna"
            element={
              <RequirePermission action="users.read">
                <UsersPage />
              </RequirePermission>
            }
          />
          {/* ---- Activities, review queue and partners ---- */}
          {activityRoutes}
          {partnerRoutes}
          {/* ---- end activities ---- */}
          {/* ---- practices ---- */}
          <Route path="praktik-baik/*" element={<PracticeRoutes />} />
          {/* ---- end practices ---- */}
          {/* ---- problems ---- */}
          <Route path="kendala/*" element={<ProblemRoutes />} />
          {/* ---- end problems ---- */}
          {/* ---- gatherings ---- */}
          <Route path="pertemuan/*" element={<GatheringRoutes />} />
          {/* ---- end gatherings ---- */}
          {/* ---- notifications ---- */}
          <Route path="notifikasi" element={<NotificationsPage />} />
          {/* ---- end notifications ---- */}
          <Route path="akun" element={<AccountPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
