import { useState } from 'react';
import { formatDate, localToday } from '#domain/calendar';
import { versionInForce, type KpiProfileVersion } from '#domain/kpi/profile-versions';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { profileVersionsQuery } from './api';
import { ProfileEditor } from './ProfileEditor';
import { VersionList } from './VersionList';
import './kpi-profile.css';
import './messages.ts';

/** /profil-kpi: the versions of the KPI profile, and the next one, previewed before it is saved. */
export function KpiProfilePage() {
  const { t, locale } = useLanguage();
  const [saved, setSaved] = useState<KpiProfileVersion | null>(null);
  usePageTitle(t('kpiProfile.title'));
  const versions = useApiQuery(profileVersionsQuery(), { fresh: true });
  const inForce = versions.state === 'ready' ? versionInForce(versions.data.items, localToday()) : undefined;
  return (
    <>
      <h1 tabIndex={-1}>{t('kpiProfile.title')}</h1>
      <p className="lead">{t('kpiProfile.intro')}</p>
      <p role="status" className={saved ? 'notice notice--success' : 'visually-hidden'}>
        {saved ? t('kpiProfile.saved', { version: saved.version, date: formatDate(saved.effectiveFrom, locale, 'long') }) : ''}
      </p>
      {versions.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {versions.state === 'failed' && <ErrorNotice error={versions.error} onRetry={versions.reload} />}
      {versions.state === 'ready' && (
        <>
          <VersionList versions={versions.data.items} inForce={inForce?.id} />
          {/* A new version in force today seeds the form afresh. */}
          {inForce && (
            <ProfileEditor
              key={inForce.id}
              seed={inForce}
              onSaved={(version) => {
                setSaved(version);
                versions.reload();
                window.scrollTo(0, 0);
              }}
            />
          )}
        </>
      )}
    </>
  );
}
