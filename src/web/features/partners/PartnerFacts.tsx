import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { PartnerDetail } from '#domain/partners';
import { useT } from '#web/i18n/language.tsx';
import '#web/i18n/pages.ts';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function PartnerFacts({ partner: p }: { partner: PartnerDetail }) {
  const t = useT();
  return (
    <dl className="activity-facts">
      <Fact label={t('field.type')}>{t(`partner.type.${p.type}`)}</Fact>
      <Fact label={t('field.scheme')}>{t(`partner.scheme.${p.scheme}`)}</Fact>
      <Fact label={t('field.region')}>
        <Link to={`/wilayah/${p.regionCode}`}>{p.regionName}</Link> <code className="muted-code">{p.regionCode}</code>
      </Fact>
      <Fact label={t('field.cohortYear')}>{p.cohortYear}</Fact>
      {p.address && <Fact label={t('field.address')}>{p.address}</Fact>}
      {p.phone && (
        <Fact label={t('field.phone')}>
          <a href={`tel:${p.phone.replace(/[^+\d]/g, '')}`}>{p.phone}</a>
        </Fact>
      )}
      <Fact label={t('partners.managers')}>
        {p.managers.length === 0 ? (
          t('partners.noManagers')
        ) : (
          <ul className="plain-list">
            {p.managers.map((m) => (
              <li key={m.id}>
                {m.displayName ?? m.username} <span className="muted">({m.username})</span>
              </li>
            ))}
          </ul>
        )}
      </Fact>
    </dl>
  );
}
