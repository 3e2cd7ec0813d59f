import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Problem } from '#domain/problems';
import { formatDateTime } from '#web/features/activities/format.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import '../messages.ts';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What the problem is, where, who raised it, and how it was solved once it is. */
export function ProblemFacts({ problem: p }: { problem: Problem }) {
  const { t, locale } = useLanguage();
  return (
    <dl className="activity-facts">
      <Fact label={t('problems.field.library')}>
        <Link to={`/mitra/${p.partnerId}`}>{p.partnerName}</Link>
      </Fact>
      <Fact label={t('field.region')}>{p.regionName}</Fact>
      <Fact label={t('field.category')}>{t(`problemCategory.${p.category}`)}</Fact>
      <Fact label={t('problem.raisedBy')}>
        {p.createdBy.displayName ?? p.createdBy.username}, <time dateTime={p.createdAt}>{formatDateTime(p.createdAt, locale)}</time>
      </Fact>
      <Fact label={t('field.description')}>
        <p className="prose">{p.description}</p>
      </Fact>
      {p.resolution !== null && (
        <Fact label={t('field.resolution')}>
          <p className="prose">{p.resolution}</p>
        </Fact>
      )}
    </dl>
  );
}
