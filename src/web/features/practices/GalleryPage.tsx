import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { can } from '#domain/permissions';
import { bookletLimit, type PracticeStatus, type PracticeSummary } from '#domain/practices';
import type { User } from '#domain/users';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { useUser } from '#web/features/auth/session.tsx';
import { regionQuery } from '#web/features/regions/api.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { DownloadLinks } from '#web/shell/DownloadLinks.tsx';
import { Pager } from '#web/shell/Pager.tsx';
import { useFlash } from '#web/shell/useFlash.ts';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { practicesExportPath, practicesQuery } from './api';
import { BookletPanel, type ChosenStory } from './BookletPanel';
import { filtersFrom, hasFilters, pageFrom, paramsFor, type PracticeFilters } from './filters';
import { GalleryFilters } from './GalleryFilters';
import { PracticeCard } from './PracticeCard';
import './practices.css';
import './messages.ts';

const pageSize = 12;

/** The tabs of those who write or review stories: the gallery, then their circle's stories on the way to it. */
const tabs: { status: PracticeStatus | undefined; label: 'practices.tab.published' | `practices.tab.${PracticeStatus}` }[] = [
  { status: undefined, label: 'practices.tab.published' },
  { status: 'submitted', label: 'practices.tab.submitted' },
  { status: 'returned', label: 'practices.tab.returned' },
  { status: 'draft', label: 'practices.tab.draft' },
];

/** Those who write or review stories also see the ones not yet published (the API says which: their circle's). */
const seesUnpublished = (user: User) => can(user, 'practices.write') || can(user, 'practices.review');

/** Staff print booklets for gatherings; every published story may go in one. */
const compilesBooklets = (user: User) => user.role !== 'pengelola';

/** /praktik-baik: every published story in the country, searched and filtered in the address, with a booklet for staff. */
export function GalleryPage() {
  const { t, locale } = useLanguage();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = useMemo(() => filtersFrom(new URLSearchParams(key)), [key]);
  const page = pageFrom(params);
  const deleted = useFlash((state) => (state as { deleted?: string } | null)?.deleted ?? null);
  usePageTitle(t('practices.title'));

  const list = useApiQuery(practicesQuery(filters, page, pageSize));
  const apply = (next: PracticeFilters, nextPage = 1) => setParams(paramsFor(next, nextPage));
  const region = useQuery({ ...regionQuery(filters.region ?? ''), enabled: filters.region !== undefined });
  const [chosen, setChosen] = useState<ChosenStory[]>([]);
  const booklet = compilesBooklets(user) && filters.status === undefined;

  const choose = (p: PracticeSummary) => ({
    chosen: chosen.some((c) => c.id === p.id),
    disabled: chosen.length >= bookletLimit,
    onChange: (on: boolean) => setChosen((list) => (on ? [...list, { id: p.id, title: p.title }] : list.filter((c) => c.id !== p.id))),
  });

  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>{t('practices.title')}</h1>
        {can(user, 'practices.write') && (
          <Link className="button button--large" to="/praktik-baik/baru">
            {t('practices.new')}
          </Link>
        )}
      </div>
      <p className="lead">{t('practices.intro')}</p>
      {deleted && (
        <p className="notice notice--success" role="status">
          {t('practices.deleted', { title: deleted })}
        </p>
      )}
      {seesUnpublished(user) && (
        <nav className="practice-tabs" aria-label={t('practices.tabs')}>
          <ul>
            {tabs.map((tab) => (
              <li key={tab.label}>
                <Link
                  to={{ search: paramsFor({ ...filters, status: tab.status }).toString() }}
                  aria-current={filters.status === tab.status ? 'page' : undefined}
                >
                  {t(tab.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <GalleryFilters value={filters} onApply={apply} />
      {filters.partner !== undefined && (
        <p className="notice notice--info">
          {t('practices.onePartner', { name: list.state === 'ready' ? (list.data.items[0]?.partnerName ?? '') : '' })}{' '}
          <Link to={{ search: paramsFor({ ...filters, partner: undefined }).toString() }}>{t('practices.allPartners')}</Link>
        </p>
      )}
      {list.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {list.state === 'failed' && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {list.state === 'ready' && (
        <>
          <p className="lead" role="status">
            {hasFilters(filters)
              ? t('practices.countFiltered', { count: list.data.total.toLocaleString(locale) })
              : t('practices.count', { count: list.data.total.toLocaleString(locale) })}
          </p>
          {list.data.items.length === 0 ? (
            <p>{hasFilters(filters) ? t('practices.noneFiltered') : t(filters.status ? 'practices.noneHere' : 'practices.none')}</p>
          ) : (
            <ul className="practice-cards" aria-label={t('practices.listLabel')}>
              {list.data.items.map((p) => (
                <li key={p.id}>
                  <PracticeCard practice={p} choose={booklet ? choose(p) : undefined} />
                </li>
              ))}
            </ul>
          )}
          <Pager page={page} total={list.data.total} pageSize={pageSize} label={t('practices.pages')} onPage={(p) => apply(filters, p)} />
          {list.data.total > 0 && <DownloadLinks hrefOf={(format) => practicesExportPath(filters, format)} />}
        </>
      )}
      {booklet && (
        <BookletPanel
          filters={filters}
          regionName={filters.region === undefined ? null : (region.data?.name ?? filters.region)}
          chosen={chosen}
          onUnchoose={(id) => setChosen((list) => list.filter((c) => c.id !== id))}
          onClearChosen={() => setChosen([])}
        />
      )}
    </>
  );
}
