import { useState } from 'react';
import { formatDate, localToday } from '#domain/calendar';
import type { ApiToken } from '#domain/tokens';
import { formatDateTime } from '#web/features/activities/format.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { revokeToken } from './api';
import '#web/i18n/pages.ts';

/** One token: when it was made, until when it works, when it was last used; revoking asks once. */
export function TokenItem({ token, onRevoked }: { token: ApiToken; onRevoked: (token: ApiToken) => void }) {
  const { t, locale } = useLanguage();
  const [confirming, setConfirming] = useState(false);
  const revoking = useSubmit();
  const { busy, error } = revoking;
  const expiry =
    token.expiresAt === null
      ? t('tokens.noExpiry')
      : t(token.expiresAt < localToday() ? 'tokens.expired' : 'tokens.expiresAt', { date: formatDate(token.expiresAt, locale) });

  const revoke = () =>
    revoking.run(async () => {
      await revokeToken(token.id);
      onRevoked(token);
    });

  return (
    <li className="card">
      <h4>{token.name}</h4>
      <ul className="plain-list">
        <li>{t('tokens.createdAt', { date: formatDateTime(token.createdAt, locale) })}</li>
        <li>{expiry}</li>
        <li>{token.lastUsedAt ? t('tokens.lastUsedAt', { date: formatDateTime(token.lastUsedAt, locale) }) : t('tokens.neverUsed')}</li>
      </ul>
      <button
        type="button"
        className="button button--danger"
        aria-expanded={confirming}
        aria-label={t('tokens.revokeLabel', { name: token.name })}
        onClick={() => setConfirming(!confirming)}
      >
        {t('tokens.revoke')}
      </button>
      {confirming && (
        <div className="notice notice--warning confirm" role="alert">
          <p>{t('tokens.revokeConfirm', { name: token.name })}</p>
          <div className="button-row">
            <button type="button" className="button button--danger" disabled={busy} onClick={() => void revoke()}>
              {t('tokens.revokeYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('activity.cancel')}
            </button>
          </div>
        </div>
      )}
      {error && <ErrorNotice error={error} />}
    </li>
  );
}
