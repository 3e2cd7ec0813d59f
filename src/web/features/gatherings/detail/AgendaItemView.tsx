import { Link } from 'react-router-dom';
import type { AgendaItem, Gathering } from '#domain/gatherings';
import { useLanguage } from '#web/i18n/language.tsx';
import { meetingDay } from '../wording';
import { FollowUps } from './FollowUps';
import { MinutesSection } from './MinutesSection';
import '../messages.ts';

/** What the item links: the KPI shown on the dashboard, the stories shared, the problems worked on, the courses introduced. */
function Links({ item }: { item: AgendaItem }) {
  const { t, locale } = useLanguage();
  if (item.kind === 'capaian_kpi' && item.region && item.from && item.to) {
    const search = new URLSearchParams({ region: item.region, from: item.from, to: item.to }).toString();
    return (
      <p>
        {t('gathering.kpiOf', {
          region: item.regionName ?? item.region,
          from: meetingDay(item.from, locale),
          to: meetingDay(item.to, locale),
        })}{' '}
        <Link to={`/dasbor?${search}`}>{t('gathering.kpiLink')}</Link>
      </p>
    );
  }
  if (item.kind === 'praktik_baik') {
    const stories = item.practices ?? [];
    if (stories.length === 0) return <p className="agenda-item__none">{t('gathering.noStories')}</p>;
    return (
      <ul className="agenda-item__links">
        {stories.map((s) => (
          <li key={s.id}>
            <Link to={`/praktik-baik/${s.id}`}>{s.title}</Link> <span className="agenda-item__partner">{s.partnerName}</span>
          </li>
        ))}
      </ul>
    );
  }
  if (item.kind === 'pemecahan_masalah') {
    const problems = item.problems ?? [];
    const hidden = (item.problemIds?.length ?? 0) - problems.length;
    return (
      <>
        {problems.length === 0 && hidden === 0 && <p className="agenda-item__none">{t('gathering.noProblems')}</p>}
        {problems.length > 0 && (
          <ul className="agenda-item__links">
            {problems.map((p) => (
              <li key={p.id}>
                <Link to={`/kendala/${p.id}`}>{p.title}</Link> <span className="agenda-item__partner">{p.partnerName}</span>{' '}
                <span className={`gathering-badge gathering-badge--${p.status}`}>{t(`gathering.problemStatus.${p.status}`)}</span>
              </li>
            ))}
          </ul>
        )}
        {hidden > 0 && <p className="agenda-item__none">{t('gathering.hiddenProblems', { count: hidden })}</p>}
      </>
    );
  }
  if (item.kind === 'elis') {
    const courses = item.courses ?? [];
    const hidden = (item.courseIds?.length ?? 0) - courses.length;
    return (
      <>
        {courses.length === 0 && hidden === 0 && <p className="agenda-item__none">{t('gathering.noCourses')}</p>}
        {courses.length > 0 && (
          <ul className="agenda-item__links">
            {courses.map((c) => (
              <li key={c.id}>
                <Link to={`/elis/${c.id}`}>{c.title}</Link>
                {c.status === 'draft' && <span className="agenda-item__partner"> {t('gathering.courseDraft')}</span>}
              </li>
            ))}
          </ul>
        )}
        {hidden > 0 && <p className="agenda-item__none">{t('gathering.hiddenCourses', { count: hidden })}</p>}
      </>
    );
  }
  return null;
}

interface AgendaItemViewProps {
  gathering: Gathering;
  item: AgendaItem;
  number: number;
  onChanged: () => Promise<void>;
}

export function AgendaItemView({ gathering, item, number, onChanged }: AgendaItemViewProps) {
  const { t } = useLanguage();
  const headingId = `agenda-item-${item.id}`;
  return (
    <li className="card agenda-item" aria-labelledby={headingId}>
      <p className="agenda-item__kind">
        <span className={`gathering-kind gathering-kind--${item.kind}`}>{t(`gathering.kind.${item.kind}`)}</span>
      </p>
      <h3 id={headingId} className="agenda-item__title">
        {number}. {item.title}
      </h3>
      <Links item={item} />
      <MinutesSection gathering={gathering} item={item} onChanged={onChanged} />
      <FollowUps gathering={gathering} item={item} onChanged={onChanged} />
    </li>
  );
}
