import { useState } from 'react';
import type { ApiToken, CreatedToken } from '#domain/tokens';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useT } from '#web/i18n/language.tsx';
import { tokensQuery } from './api';
import { CreateTokenForm } from './CreateTokenForm';
import { NewTokenNotice } from './NewTokenNotice';
import { TokenItem } from './TokenItem';
import '#web/i18n/pages.ts';

/** The account page's API tokens: the user's own, a form to make one (shown once), and revoking. */
export function TokensSection() {
  const t = useT();
  const tokens = useApiQuery(tokensQuery(), { fresh: true });
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);

  const onCreated = (token: CreatedToken) => {
    setRevoked(null);
    setCreated(token);
    tokens.reload();
  };
  const onRevoked = (token: ApiToken) => {
    if (created?.id === token.id) setCreated(null);
    setRevoked(token.name);
    tokens.reload();
  };

  return (
    <section className="card" aria-labelledby="api-tokens">
      <h2 id="api-tokens">{t('tokens.title')}</h2>
      <p>{t('tokens.intro')}</p>
      <p className="muted">{t('tokens.usage')}</p>
      {created && <NewTokenNotice token={created} onClose={() => setCreated(null)} />}
      <p role="status" className={revoked ? 'notice notice--success' : 'visually-hidden'}>
        {revoked ? t('tokens.revoked', { name: revoked }) : ''}
      </p>
      <h3 id="api-token-list">{t('tokens.listTitle')}</h3>
      {tokens.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {tokens.state === 'failed' && <ErrorNotice error={tokens.error} onRetry={tokens.reload} />}
      {tokens.state === 'ready' &&
        (tokens.data.items.length === 0 ? (
          <p>{t('tokens.none')}</p>
        ) : (
          <ul className="plain-list" aria-labelledby="api-token-list">
            {tokens.data.items.map((token) => (
              <TokenItem key={token.id} token={token} onRevoked={onRevoked} />
            ))}
          </ul>
        ))}
      <CreateTokenForm onCreated={onCreated} />
    </section>
  );
}
