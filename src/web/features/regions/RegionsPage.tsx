import { useParams } from 'react-router-dom';
import { RegionCode, type Region } from '#domain/regions';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useT } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { RegionBreadcrumbs } from './RegionBreadcrumbs';
import { RegionChildren } from './RegionChildren';
import { RegionSearch } from './RegionSearch';
import { useRegionView } from './useRegionView';
import '#web/i18n/pages.ts';

/** /wilayah lists the provinces; /wilayah/19.06.04 shows that region, its path and what lies inside. */
export function RegionsPage() {
  const { code } = useParams();
  const valid = code === undefined || RegionCode.safeParse(code).success;
  if (!valid) return <BadCode code={code} />;
  return <RegionView key={code ?? ''} code={code ?? null} />;
}

function BadCode({ code }: { code: string }) {
  const t = useT();
  usePageTitle(t('regions.title'));
  return (
    <>
      <h1 tabIndex={-1}>{t('regions.title')}</h1>
      <p className="notice notice--error" role="alert">
        {t('regions.badCode', { code })}
      </p>
    </>
  );
}

function RegionView({ code }: { code: string | null }) {
  const t = useT();
  const view = useRegionView(code);
  const region = view.state === 'ready' ? view.data.region : null;
  const title = region?.name ?? t('regions.title');
  usePageTitle(title);

  return (
    <>
      {view.state === 'ready' && region && <RegionBreadcrumbs ancestors={view.data.ancestors} current={region} />}
      <h1 tabIndex={-1}>{title}</h1>
      {view.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {view.state === 'failed' && (
        <ErrorNotice
          error={view.error}
          overrides={code === null ? {} : { not_found: t('regions.notFound', { code }) }}
          onRetry={view.error.code === 'not_found' ? undefined : view.reload}
        />
      )}
      {view.state === 'ready' && (
        <>
          {region ? <RegionFacts region={region} /> : <p className="lead">{t('regions.intro')}</p>}
          <RegionSearch scope={searchScope(region, view.data.ancestors)} />
          <RegionChildren parent={region} items={view.data.children} />
        </>
      )}
    </>
  );
}

function RegionFacts({ region }: { region: Region }) {
  const t = useT();
  return (
    <dl className="facts">
      <div>
        <dt>{t('regions.level')}</dt>
        <dd>{t(`level.${region.level}`)}</dd>
      </div>
      <div>
        <dt>{t('regions.code')}</dt>
        <dd>
          <code>{region.code}</code>
        </dd>
      </div>
    </dl>
  );
}

/** Searching inside a village finds nothing new; its district is the useful scope. */
function searchScope(region: Region | null, ancestors: Region[]): Region | null {
  if (region === null || region.level !== 'desa') return region;
  return ancestors.at(-1) ?? null;
}
