import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
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
// ---- elis ----
import { ElisOutboxWake } from '#web/features/courses/outbox/ElisOutboxWake.tsx';
// ---- end elis ----
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
// ---- users admin ----
const EditUserPage = lazyPage(() => import('#web/features/users/EditUserPage.tsx').then((m) => m.EditUserPage));
const PasswordChangeRequiredPage = lazyPage(() =>
  import('#web/features/auth/PasswordChangeRequiredPage.tsx').then((m) => m.PasswordChangeRequiredPage),
);
const passwordChangePath = '/akun/ganti-sandi';
// ---- end users admin ----
// Stories, problems and gatherings each bring their own routes, and their pages, when first opened.
const PracticeRoutes = lazyPage(() => import('#web/features/practices/routes.tsx').then((m) => m.PracticeRoutes));
const ProblemRoutes = lazyPage(() => import('#web/features/problems/routes.tsx').then((m) => m.ProblemRoutes));
// ---- completeness ----
const CompletenessRoutes = lazyPage(() => import('#web/features/completeness/routes.tsx').then((m) => m.CompletenessRoutes));
// ---- end completeness ----
// ---- kpi profile ----
const KpiProfileRoutes = lazyPage(() => import('#web/features/kpi-profile/routes.tsx').then((m) => m.KpiProfileRoutes));
// ---- end kpi profile ----
const NotificationsPage = lazyPage(() => import('#web/features/notifications/NotificationsPage.tsx').then((m) => m.NotificationsPage));
const GatheringRoutes = lazyPage(() => import('#web/features/gatherings/routes.tsx').then((m) => m.GatheringRoutes));
// ---- elis staff ----
const CourseStaffRoutes = lazyPage(() => import('#web/features/courses/staff/routes.tsx').then((m) => m.CourseStaffRoutes));
// ---- end elis staff ----
// ---- elis ----
// Elis (courses) brings its own routes too; a certificate's public page is checked by anyone, signed in or not.
const CourseRoutes = lazyPage(() => import('#web/features/courses/elis.ts').then((m) => m.CourseRoutes));
const CertificatePage = lazyPage(() => import('#web/features/courses/elis.ts').then((m) => m.CertificatePage));
// ---- end elis ----

/** Paths are Indonesian, like the menu they come from: /wilayah/19.06.04 reads as what it shows. */
export function App() {
  const { session } = useSession();
  // Until GET /api/auth/me answers, nobody knows whether to show the login page.
  if (session.status === 'loading' || session.status === 'failed') return <StartScreen />;
  // ---- users admin ----
  // After an admin's reset the server answers nothing but the password change: neither does the app.
  if (session.status === 'signedIn' && session.user.mustChangePassword) {
    return (
      <BrowserRouter>
        <Routes>
          <Route element={<PublicLayout />}>
            <Route path={passwordChangePath} element={<PasswordChangeRequiredPage />} />
            <Route path="*" element={<Navigate to={passwordChangePath} replace />} />
          </Route>
        </Routes>
      </BrowserRouter>
    );
  }
  // ---- end users admin ----
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<PublicLayout />}>
          <Route path="login" element={<LoginPage />} />
        </Route>
        <Route element={<SessionAwareLayout />}>
          <Route path="tentang" element={<AboutPage />} />
          {/* ---- elis ---- */}
          <Route path="sertifikat/:code?" element={<CertificatePage />} />
          {/* ---- end elis ---- */}
        </Route>
        <Route
          element={
            <RequireSession>
              {/* Reports kept offline are sent from any page once signed in. */}
              <OutboxProvider>
                <AppLayout />
              </OutboxProvider>
              {/* ---- elis ---- */}
              <ElisOutboxWake />
              {/* ---- end elis ---- */}
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
          {/* ---- users admin ---- */}
          <Route
            path="pengguna/:id"
            element={
              <RequirePermission action="users.manage">
                <EditUserPage />
              </RequirePermission>
            }
          />
          {/* ---- end users admin ---- */}
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
          {/* ---- elis staff: ranked above the learners' elis/* ---- */}
          <Route path="elis/kelola/*" element={<CourseStaffRoutes />} />
          {/* ---- end elis staff ---- */}
          {/* ---- elis ---- */}
          <Route path="elis/*" element={<CourseRoutes />} />
          {/* ---- end elis ---- */}
          {/* ---- completeness ---- */}
          <Route path="kelengkapan/*" element={<CompletenessRoutes />} />
          {/* ---- end completeness ---- */}
          {/* ---- kpi profile ---- */}
          <Route path="profil-kpi/*" element={<KpiProfileRoutes />} />
          {/* ---- end kpi profile ---- */}
          {/* ---- notifications ---- */}
          <Route path="notifikasi" element={<NotificationsPage />} />
          {/* ---- end notifications ---- */}
          <Route path="akun" element={<AccountPage />} />
          {/* ---- users admin ---- */}
          <Route path="akun/ganti-sandi" element={<Navigate to="/" replace />} />
          {/* ---- end users admin ---- */}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
