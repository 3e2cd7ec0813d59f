import { useState } from 'react';
import { asApiError, type ApiError } from '#web/api/client.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { messagesByField, type Checked } from './issues';

export type Sent<R> = { ok: true; value: R } | { ok: false; error: ApiError };

const asIs = (error: ApiError) => error;

/**
 * How every form sends, and every button that changes something: the form's check first (the
 * server's schema; its issues show beside their fields and nothing is sent), then the request,
 * busy while it runs, and the server's refusal shown in the same words as the form's own issues.
 * `mapError` lets a form word a server issue its own way.
 */
export function useSubmit({ mapError = asIs }: { mapError?: (error: ApiError) => ApiError } = {}) {
  const { dictionary } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async <B, R>(check: Checked<B>, send: (body: B) => Promise<R>): Promise<Sent<R>> => {
    if (!check.ok) {
      setError(mapError(check.error));
      return { ok: false, error: check.error };
    }
    setBusy(true);
    setError(null);
    try {
      return { ok: true, value: await send(check.body) };
    } catch (failure) {
      const refused = mapError(asApiError(failure));
      setError(refused);
      return { ok: false, error: refused };
    } finally {
      setBusy(false);
    }
  };

  /** A request with nothing to check first (a button: verify, deactivate). */
  const run = <R>(send: () => Promise<R>) => submit({ ok: true, body: undefined }, send);

  return { busy, error, setError, fieldErrors: messagesByField(error, dictionary), submit, run };
}
