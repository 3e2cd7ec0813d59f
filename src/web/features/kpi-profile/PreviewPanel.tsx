import { useId, useState, type FormEvent } from 'react';
import { formatDate, localToday, startOfYear } from '#domain/calendar';
import type { KpiProfile } from '#domain/kpi/profile';
import { ProfilePreviewBody, type ProfilePreviewResponse } from '#domain/kpi/profile-versions';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { extentQuery } from '#web/features/dashboard/api.ts';
import { KpiBadge } from '#web/features/dashboard/KpiBadge.tsx';
import { formatNumber } from '#web/features/dashboard/format.ts';
import { childRegionsQuery } from '#web/features/regions/api.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { checked } from '#web/forms/issues.ts';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { previewProfile } from './api';
import '#web/i18n/pages.ts';
import './messages.ts';

interface PreviewPanelProps {
  definition: KpiProfile;
  effectiveFrom: string;
  fieldIds: Record<string, string>;
  labels: Record<string, string>;
}

/** The period the screen opens on: the demo's, else this year up to the last report, else this year to date. */
function openingPeriod(extent: { lastDate: string | null; demoPeriod: { from: string; to: string } | null } | null) {
  if (extent?.demoPeriod) return extent.demoPeriod;
  const to = extent?.lastDate ?? localToday();
  return { from: startOfYear(to), to };
}

/** "N mitra berubah warna" for a chosen period and region, with the changes per child region. */
export function PreviewPanel({ definition, effectiveFrom, fieldIds, labels }: PreviewPanelProps) {
  const { t, locale } = useLanguage();
  const id = useId();
  const extent = useApiQuery(extentQuery(null));
  const provinces = useApiQuery(childRegionsQuery(null));
  const [period, setPeriod] = useState<{ from: string; to: string } | null>(null);
  const shownPeriod = period ?? openingPeriod(extent.state === 'ready' ? extent.data : null);
  const [region, setRegion] = useState('');
  const [result, setResult] = useState<{ answer: ProfilePreviewResponse; asked: string; regionName: string } | null>(null);
  const form = useSubmit();

  const body = { definition, effectiveFrom, ...shownPeriod, ...(region ? { region } : {}) };
  const asked = JSON.stringify(body);
  const regionName =
    region === ''
      ? t('kpiProfile.preview.everywhere')
      : provinces.state === 'ready'
        ? (provinces.data.items.find((p) => p.code === region)?.name ?? region)
        : region;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(checked(ProfilePreviewBody.safeParse(body)), async (valid) => {
      setResult({ answer: await previewProfile(valid), asked, regionName });
    });
  };

  const n = (value: number) => formatNumber(value, locale);
  return (
    <section className="card kpi-profile__preview" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('kpiProfile.preview.title')}</h2>
      <p>{t('kpiProfile.preview.intro')}</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        {form.error && <ErrorNotice error={form.error} fieldIds={fieldIds} labels={labels} />}
        <div className="kpi-profile__grid">
          <Field id={`${id}-from`} label={t('field.from')} error={form.fieldErrors.from}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={shownPeriod.from}
                onChange={(e) => setPeriod({ ...shownPeriod, from: e.target.value })}
              />
            )}
          </Field>
          <Field id={`${id}-to`} label={t('field.to')} error={form.fieldErrors.to}>
            {(control) => (
              <input {...control} type="date" value={shownPeriod.to} onChange={(e) => setPeriod({ ...shownPeriod, to: e.target.value })} />
            )}
          </Field>
        </div>
        <Field id={`${id}-region`} label={t('kpiProfile.preview.region')} error={form.fieldErrors.region}>
          {(control) => (
            <select {...control} value={region} onChange={(e) => setRegion(e.target.value)}>
              <option value="">{t('kpiProfile.preview.everywhere')}</option>
              {provinces.state === 'ready' &&
                provinces.data.items.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.name}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button button--secondary" disabled={form.busy}>
          {form.busy ? t('kpiProfile.preview.running') : t('kpiProfile.preview.run')}
        </button>
      </form>

      <div aria-live="polite">
        {result && (
          <>
            <p className="kpi-profile__changed">
              <strong>{t('kpiProfile.preview.changed', { count: n(result.answer.changed) })}</strong>{' '}
              {t('kpiProfile.preview.of', {
                partners: n(result.answer.partners),
                region: result.regionName,
                from: formatDate(shownPeriod.from, locale, 'long'),
                to: formatDate(shownPeriod.to, locale, 'long'),
                version: result.answer.current.version,
              })}
            </p>
            {result.asked !== asked && <p className="notice">{t('kpiProfile.preview.stale')}</p>}
            {!result.answer.appliesToPeriod && <p className="notice">{t('kpiProfile.preview.notApplied')}</p>}
            {result.answer.regions.length > 0 && (
              <table className="table table--stack table--pairs">
                <caption>{t('kpiProfile.preview.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('kpiProfile.preview.col.region')}</th>
                    <th scope="col" className="num">
                      {t('kpiProfile.preview.col.changed')}
                    </th>
                    <th scope="col" className="num">
                      {t('kpiProfile.preview.col.partners')}
                    </th>
                    <th scope="col">{t('kpiProfile.preview.col.moves')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.answer.regions.map((r) => (
                    <tr key={r.regionCode}>
                      <th scope="row">{r.name}</th>
                      <td className="num" data-label={t('kpiProfile.preview.col.changed')}>
                        {n(r.changed)}
                      </td>
                      <td className="num" data-label={t('kpiProfile.preview.col.partners')}>
                        {n(r.partners)}
                      </td>
                      <td data-label={t('kpiProfile.preview.col.moves')}>
                        <ul className="kpi-profile__moves">
                          {r.transitions.map((m) => (
                            <li key={`${m.from}-${m.to}`}>
                              <KpiBadge color={m.from} /> → <KpiBadge color={m.to} /> <strong>{n(m.count)}</strong>
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </div>
    </section>
  );
}
