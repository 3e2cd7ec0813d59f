import type { KpiProfileVersion } from '#domain/kpi/profile-versions';
import { formatDate } from '#domain/calendar';
import { formatDateTime } from '#web/features/activities/format.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import './messages.ts';

/** Every version, newest first, the one in force today marked. */
export function VersionList({ versions, inForce }: { versions: readonly KpiProfileVersion[]; inForce: number | undefined }) {
  const { t, locale } = useLanguage();
  return (
    <section aria-labelledby="kpi-profile-versions">
      <h2 id="kpi-profile-versions">{t('kpiProfile.versions.title')}</h2>
      <table className="table table--stack table--pairs">
        <caption className="visually-hidden">{t('kpiProfile.versions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('kpiProfile.versions.col.version')}</th>
            <th scope="col">{t('kpiProfile.versions.col.effectiveFrom')}</th>
            <th scope="col">{t('kpiProfile.versions.col.note')}</th>
            <th scope="col">{t('kpiProfile.versions.col.created')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id}>
              <th scope="row">
                {t('kpiProfile.versions.number', { version: v.version })}
                {v.id === inForce && <span className="muted"> · {t('kpiProfile.versions.inForce')}</span>}
              </th>
              <td data-label={t('kpiProfile.versions.col.effectiveFrom')}>{formatDate(v.effectiveFrom, locale, 'long')}</td>
              <td data-label={t('kpiProfile.versions.col.note')}>{v.note ?? '–'}</td>
              <td data-label={t('kpiProfile.versions.col.created')}>{formatDateTime(v.createdAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
