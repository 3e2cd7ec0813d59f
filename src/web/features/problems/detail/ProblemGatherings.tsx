import { Link } from 'react-router-dom';
import { formatDate } from '#domain/calendar';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { gatheringNameQuery } from '../api';
import '../messages.ts';

/** The gatherings where the problem was worked on, earliest first; each opens its page. */
export function ProblemGatherings({ ids }: { ids: number[] }) {
  const { t } = useLanguage();
  if (ids.length === 0) return null;
  return (
    <section aria-labelledby="problem-gatherings">
      <h2 id="problem-gatherings">{t('problem.gatherings')}</h2>
      <ul className="plain-list problem-gatherings">
        {ids.map((id) => (
          <GatheringLink key={id} id={id} />
        ))}
      </ul>
    </section>
  );
}

/** Named by its title and date once loaded; until then (or if it cannot be read) by its number. */
function GatheringLink({ id }: { id: number }) {
  const { t, locale } = useLanguage();
  const gathering = useApiQuery(gatheringNameQuery(id));
  const name =
    gathering.state === 'ready'
      ? t('problem.gathering', { title: gathering.data.title, date: formatDate(gathering.data.date, locale) })
      : t('problemTrail.gathering', { id });
  return (
    <li>
      <Link to={`/pertemuan/${id}`}>{name}</Link>
    </li>
  );
}
