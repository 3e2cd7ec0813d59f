import { Link } from 'react-router-dom';
import { useLanguage } from '#web/i18n/language.tsx';
import '../messages.ts';

interface Counts {
  enrolled: number;
  inProgress: number;
  completed: number;
}

/** The three numbers staff follow, as cards that read on a phone. */
export function CountCards({ counts }: { counts: Counts }) {
  const { t } = useLanguage();
  const cards = [
    ['enrolled', t('elisStaff.progress.enrolled'), counts.enrolled],
    ['inProgress', t('elisStaff.progress.inProgress'), counts.inProgress],
    ['completed', t('elisStaff.progress.completed'), counts.completed],
  ] as const;
  return (
    <dl className="course-counts">
      {cards.map(([key, label, value]) => (
        <div key={key} className="course-counts__card">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

interface RegionCountsProps {
  regions: readonly (Counts & { regionCode: string; name: string })[];
  hrefOf: (region: string) => string;
}

/** Each child region's counts; choosing one shows only its learners. */
export function RegionCounts({ regions, hrefOf }: RegionCountsProps) {
  const { t } = useLanguage();
  return (
    <section aria-labelledby="progress-regions">
      <h2 id="progress-regions">{t('elisStaff.progress.regions')}</h2>
      {regions.length === 0 ? (
        <p>{t('elisStaff.progress.noRegions')}</p>
      ) : (
        <>
          <p className="field__hint">{t('elisStaff.progress.regionsHint')}</p>
          <ul className="plain-list course-regions">
            {regions.map((r) => (
              <li key={r.regionCode} className="course-regions__item">
                <Link to={hrefOf(r.regionCode)}>{r.name}</Link>
                <span className="muted">
                  {t('elisStaff.progress.counts', { enrolled: r.enrolled, inProgress: r.inProgress, completed: r.completed })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
