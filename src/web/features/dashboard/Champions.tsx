import { Link } from 'react-router-dom';
import type { DashboardResponse } from '#domain/dashboard';
import { raporPath } from '#web/features/rapor/api.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { childRegionOf } from './childNames';
import { KpiIcon } from './KpiBadge';
import type { Period } from './period';
import '#web/i18n/pages.ts';

interface ChampionsProps {
  champions: DashboardResponse['champions'];
  childNames: ReadonlyMap<string, string>;
  period: Period;
}

/** The partners at score 100, A to Z, each linking to its rapor for the same period. */
export function Champions({ champions, childNames, period }: ChampionsProps) {
  const { t, locale } = useLanguage();
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sorted = [...champions].sort((a, b) => collator.compare(a.name, b.name));
  return (
    <section className="card" aria-labelledby="dashboard-champions">
      <h2 id="dashboard-champions" tabIndex={-1}>
        {t('dashboard.champions.title', { count: champions.length })}
      </h2>
      {sorted.length === 0 ? (
        <p>{t('dashboard.champions.none')}</p>
      ) : (
        <ul className="champions" aria-labelledby="dashboard-champions">
          {sorted.map((champion) => {
            const where = childRegionOf(champion.regionCode, childNames);
            return (
              <li key={champion.partnerId}>
                <KpiIcon color="hijau" />
                <Link to={raporPath(champion.partnerId, period)}>{champion.name}</Link>
                {where !== undefined && <span className="champions__where">{where}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
