import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { localToday } from '#domain/calendar';
import type { GatheringSummary } from '#domain/gatherings';
import { can } from '#domain/permissions';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { useUser } from '#web/features/auth/session.tsx';
import { RegionPicker, type RegionRef } from '#web/features/partners/RegionPicker.tsx';
import { regionQuery } from '#web/features/regions/api.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { gatheringsQuery } from '../api';
import { meetingDay, splitByDate } from '../wording';
import '../gatherings.css';
import '../messages.ts';

function GatheringCards({ items }: { items: GatheringSummary[] }) {
  const { t, locale } = useLanguage();
  return (
    <ul className="gathering-cards">
      {items.map((g) => (
        <li key={g.id} className="gathering-card">
          <Link className="gathering-card__title" to={`/pertemuan/${g.id}`}>
            {g.title}
          </Link>
          <span className="gathering-card__when">
            {meetingDay(g.date, locale)} · {t(`gathering.mode.${g.mode}`)}
          </span>
          <span className="gathering-card__where">{g.regionName}</span>
          <span className="gathering-card__count">{t('gathering.attendeeCount', { count: g.attendees.toLocaleString(locale) })}</span>
        </li>
      ))}
    </ul>
  );
}

/** The gatherings of the user's region (or one picked inside it), the coming ones apart from those held. */
export function GatheringListPage() {
  const { t } = useLanguage();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const region = params.get('region');
  const [picked, setPicked] = useState<RegionRef | null>(null);
  // A region in the address (a shared link, a reload) is named once its record arrives.
  const named = useApiQuery({ ...regionQuery(region ?? ''), enabled: region !== null && picked?.code !== region });
  const shown: RegionRef | null =
    picked?.code === region
      ? picked
      : named.state === 'ready' && region !== null
        ? { code: region, name: named.data.name, level: named.data.level }
        : null;
  const [today] = useState(() => localToday());
  usePageTitle(t('gathering.listTitle'));
  const list = useApiQuery(gatheringsQuery(region));
  const split = list.state === 'ready' ? splitByDate(list.data.items, today) : null;

  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>{t('gathering.listTitle')}</h1>
        {can(user, 'gatherings.write') && (
          <Link className="button" to="/pertemuan/baru">
            {t('gathering.new')}
          </Link>
        )}
      </div>
      <p className="lead">{t('gathering.listIntro')}</p>
      {user.role !== 'pengelola' && (
        <RegionPicker
          id="gathering-region-filter"
          label={t('gathering.regionFilter')}
          hint={t('gathering.regionFilterHint')}
          optional
          within={user.regionCode}
          value={shown}
          onChange={(r) => {
            setPicked(r);
            setParams(r ? { region: r.code } : {});
          }}
        />
      )}
      {list.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {list.state === 'failed' && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {split && (
        <>
          <section aria-labelledby="gatherings-upcoming">
            <h2 id="gatherings-upcoming">{t('gathering.upcoming', { count: split.upcoming.length })}</h2>
            {split.upcoming.length === 0 ? <p>{t('gathering.noneUpcoming')}</p> : <GatheringCards items={split.upcoming} />}
          </section>
          <section aria-labelledby="gatherings-past">
            <h2 id="gatherings-past">{t('gathering.past', { count: split.past.length })}</h2>
            {split.past.length === 0 ? <p>{t('gathering.nonePast')}</p> : <GatheringCards items={split.past} />}
          </section>
        </>
      )}
    </>
  );
}
