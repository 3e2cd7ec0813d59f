import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { can } from '#domain/permissions';
import { useUser } from '#web/features/auth/session.tsx';
import { ownRaporPath, seesDashboards } from '#web/features/dashboard/access.ts';
import { useScopeText } from '#web/features/auth/useScopeText.ts';
// ---- Activities, review queue and partners ----
import { ReportHome } from '#web/features/activities/home/ReportHome.tsx';
// ---- end activities ----
import { useT } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';

function Destination({ to, title, children }: { to: string; title: string; children: ReactNode }) {
  return (
    <li className="destination">
      <Link to={to}>
        <span className="destination__title">{title}</span>
        <span className="destination__text">{children}</span>
      </Link>
    </li>
  );
}

/** Greets the user and offers the pages that exist for their role. */
export function HomePage() {
  const t = useT();
  const user = useUser();
  const scope = useScopeText(user);
  usePageTitle(t('nav.home'));
  const rapor = ownRaporPath(user);
  return (
    <>
      <h1 tabIndex={-1}>{t('home.title', { name: user.displayName ?? user.username })}</h1>
      <p className="lead">{t('home.scope', { role: t(`role.${user.role}`), scope })}</p>
      {/* ---- Activities, review queue and partners ---- */}
      <ReportHome />
      {/* ---- end activities ---- */}
      <h2>{t('home.next')}</h2>
      <ul className="destinations">
        {/* ---- Activities, review queue and partners ---- */}
        {can(user, 'activities.review') && (
          <Destination to="/verifikasi" title={t('home.reviewQueue.title')}>
            {t('home.reviewQueue.text')}
          </Destination>
        )}
        <Destination to="/kegiatan" title={t('home.activities.title')}>
          {user.role === 'pengelola' ? t('home.activities.textOwn') : t('home.activities.text')}
        </Destination>
        {user.role !== 'pengelola' && (
          <Destination to="/mitra" title={t('home.partners.title')}>
            {can(user, 'partners.write') ? t('home.partners.textWrite') : t('home.partners.text')}
          </Destination>
        )}
        {/* ---- end activities ---- */}
        {seesDashboards(user) && (
          <Destination to="/dasbor" title={t('home.dashboard.title')}>
            {t('home.dashboard.text')}
          </Destination>
        )}
        {rapor !== null && (
          <Destination to={rapor} title={t('home.rapor.title')}>
            {t('home.rapor.text')}
          </Destination>
        )}
        {user.regionCode !== undefined && (
          <Destination to={`/wilayah/${user.regionCode}`} title={t('home.myRegion.title', { region: scope })}>
            {t('home.myRegion.text')}
          </Destination>
        )}
        <Destination to="/wilayah" title={t('home.regions.title')}>
          {t('home.regions.text')}
        </Destination>
        {can(user, 'users.read') && (
          <Destination to="/pengguna" title={t('home.users.title')}>
            {can(user, 'users.create') ? t('home.users.textCreate') : t('home.users.textRead')}
          </Destination>
        )}
        <Destination to="/akun" title={t('home.account.title')}>
          {t('home.account.text')}
        </Destination>
        <Destination to="/tentang" title={t('home.about.title')}>
          {t('home.about.text')}
        </Destination>
      </ul>
    </>
  );
}
