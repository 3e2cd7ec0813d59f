import { useEffect, useRef, useState } from 'react';
import type { CreatedToken } from '#domain/tokens';
import { useT } from '#web/i18n/language.tsx';
import '#web/i18n/pages.ts';

/**
 * The one time a token is shown: the server keeps only its hash, so once this closes it is gone.
 * Focus moves here so that a screen reader hears the warning before anything else.
 */
export function NewTokenNotice({ token, onClose }: { token: CreatedToken; onClose: () => void }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => heading.current?.focus(), [token.id]);

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopy('copied');
    } catch {
      // No clipboard (an insecure origin, a refused permission): leave the text selected for the person to copy.
      field.current?.select();
      setCopy('failed');
    }
  };

  return (
    <div className="notice notice--warning" role="region" aria-labelledby="new-token-title">
      <h3 id="new-token-title" ref={heading} tabIndex={-1}>
        {t('tokens.shown.title', { name: token.name })}
      </h3>
      <p>
        <strong>{t('tokens.shown.warning')}</strong>
      </p>
      <div className="field">
        <label htmlFor="new-token-value">{t('tokens.shown.label')}</label>
        <input
          id="new-token-value"
          ref={field}
          readOnly
          value={token.token}
          spellCheck={false}
          autoComplete="off"
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void onCopy()}>
          {t('tokens.shown.copy')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('tokens.shown.close')}
        </button>
      </div>
      <p role="status">{copy === 'copied' ? t('tokens.shown.copied') : copy === 'failed' ? t('tokens.shown.copyFailed') : ''}</p>
    </div>
  );
}
